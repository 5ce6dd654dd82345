import { expect, test, type Browser } from '@playwright/test';
import { DEMO_ACCOUNTS, enterCode, readEnrolmentSecret, signIn, signOut } from './support/sign-in';

// A fresh viewer account, created by the demo admin through the UI, for tests that change an
// account's state: the shared demo accounts stay as other specs expect them.
async function createViewer(browser: Browser, email: string, name: string, password: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password, '/staff/users/new');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('角色').selectOption('viewer');
  await page.getByLabel('初始密码').fill(password);
  await page.getByRole('button', { name: '创建用户' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await context.close();
}

test('a signed-out visitor sent to /staff lands on the sign-in page and comes back after it', async ({ page }) => {
  await page.goto('/staff/tokens');
  await expect(page).toHaveURL(/\/login\?next=%2Fstaff%2Ftokens$/);
  await expect(page.getByRole('heading', { level: 1, name: '工作人员登录' })).toBeVisible();
  await page.getByLabel('电子邮箱').fill(DEMO_ACCOUNTS.viewer.email);
  await page.getByLabel('密码').fill(DEMO_ACCOUNTS.viewer.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/login\/verify\?next=%2Fstaff%2Ftokens$/);
  await enterCode(page, DEMO_ACCOUNTS.viewer.email);
  await expect(page).toHaveURL(/\/staff\/tokens$/);
});

test('the password alone is not enough: a wrong code is refused with a clear message, and /staff stays closed', async ({
  page,
}) => {
  const editor = DEMO_ACCOUNTS.ziboEditor;
  await page.goto('/login');
  await page.getByLabel('电子邮箱').fill(editor.email);
  await page.getByLabel('密码').fill(editor.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '输入验证码' })).toBeVisible();
  const code = page.getByLabel('6 位验证码');
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(code).toHaveAttribute('inputmode', 'numeric');
  // Between password and code there is no session: the workspace sends the visitor back.
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/login\?next=%2Fstaff$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/login\/verify/);
  await code.fill('12345');
  await page.getByRole('button', { name: '验证' }).click();
  await expect(code).toHaveAccessibleDescription(/请输入 6 位数字验证码。/);
  await code.fill('000000');
  await page.getByRole('button', { name: '验证' }).click();
  await expect(code).toHaveAccessibleDescription(/验证码不正确或已使用过/);
  await expect(page).toHaveURL(/\/login\/verify/);
  await enterCode(page, editor.email);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByText(`已登录：${editor.name}`)).toBeVisible();
});

test('a new user must enrol an authenticator before reaching /staff, then signs in with a code', async ({
  page,
  browser,
}) => {
  const newcomer = { email: 'newcomer@example.test', name: '新来的人', password: 'quancheng-lotus-lake-3' };
  await createViewer(browser, newcomer.email, newcomer.name, newcomer.password);
  await page.goto('/login');
  await page.getByLabel('电子邮箱').fill(newcomer.email);
  await page.getByLabel('密码').fill(newcomer.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '设置两步验证' })).toBeVisible();
  await expect(page.getByRole('img', { name: '身份验证器二维码' })).toBeVisible();
  const secret = await readEnrolmentSecret(page, newcomer.email);
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  // Not enrolled, not signed in: the workspace stays closed.
  await page.goto('/staff/tokens');
  await expect(page).toHaveURL(/\/login\?next=%2Fstaff%2Ftokens$/);
  await page.goto('/login/enrol?next=%2Fstaff');
  expect(await readEnrolmentSecret(page, newcomer.email)).toBe(secret);
  await enterCode(page, newcomer.email);
  await expect(page).toHaveURL(/\/staff$/);
  await signOut(page);
  // Enrolled: the next sign-in asks for a code and no longer shows the secret.
  await signIn(page, newcomer.email, newcomer.password);
  await expect(page.getByText(secret)).toHaveCount(0);
});

test('staff sign in, see their name, sign out, and the old session is dead on the server', async ({
  page,
  context,
}) => {
  const admin = DEMO_ACCOUNTS.admin;
  await signIn(page, admin.email, admin.password);
  await expect(page.getByText(`已登录：${admin.name}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: admin.name })).toBeVisible();

  const cookie = (await context.cookies()).find((c) => c.name === 'tracker_session');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');

  await signOut(page);
  // Put the old cookie back: the server must refuse it, because sign-out deleted the session.
  await context.addCookies([cookie!]);
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/login/);
  await page.goBack();
  await page.reload();
  await expect(page).toHaveURL(/\/login/);
});

test('a wrong password and an unknown email get the same message, and the email stays typed', async ({ page }) => {
  for (const email of [DEMO_ACCOUNTS.jinanEditor.email, 'nobody@example.test']) {
    await page.goto('/login');
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill('not-the-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('电子邮箱或密码不正确，或账号已停用。');
    await expect(page.getByLabel('电子邮箱')).toHaveValue(email);
    await expect(page).toHaveURL(/\/login/);
  }
});

test('an empty form names the missing fields', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('请输入电子邮箱。')).toBeVisible();
  await expect(page.getByLabel('密码')).toHaveAccessibleDescription('请输入密码。');
});

test('an admin creates a user who can then sign in, limited to their city', async ({ page, browser }) => {
  const admin = DEMO_ACCOUNTS.admin;
  await signIn(page, admin.email, admin.password, '/staff/users');
  await page.getByRole('link', { name: '新建用户' }).click();
  await page.getByLabel('电子邮箱').fill('taian.editor@example.test');
  await page.getByLabel('姓名').fill('泰安编辑');
  await page.getByLabel('角色').selectOption('editor');
  await page.getByRole('checkbox', { name: '泰安市' }).check();
  // A common password is refused at the field, and what was typed stays.
  await page.getByLabel('初始密码').fill('qwerty123456');
  await page.getByRole('button', { name: '创建用户' }).click();
  await expect(page.getByLabel('初始密码')).toHaveAccessibleDescription(/这是常见密码/);
  await expect(page.getByLabel('电子邮箱')).toHaveValue('taian.editor@example.test');
  await expect(page.getByRole('checkbox', { name: '泰安市' })).toBeChecked();
  await page.getByLabel('初始密码').fill('mount-tai-sunrise-7');
  await page.getByRole('button', { name: '创建用户' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '泰安编辑' })).toBeVisible();
  await expect(page.getByText('用户已创建')).toBeVisible();

  const other = await browser.newContext();
  const newcomer = await other.newPage();
  await signIn(newcomer, 'taian.editor@example.test', 'mount-tai-sunrise-7');
  await expect(newcomer.getByText('已登录：泰安编辑')).toBeVisible();
  await expect(newcomer.getByRole('main').getByText('泰安市')).toBeVisible();
  await other.close();
});

test('disabling a user ends the session they already have', async ({ page, browser }) => {
  const victim = { email: 'leaving@example.test', name: '离职人员', password: 'farewell-lantern-42' };
  await createViewer(browser, victim.email, victim.name, victim.password);
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signIn(theirPage, victim.email, victim.password);

  const admin = DEMO_ACCOUNTS.admin;
  await signIn(page, admin.email, admin.password, '/staff/users');
  await page.getByRole('link', { name: victim.name }).click();
  await page.getByRole('button', { name: '停用账号' }).click();
  await expect(page.getByText('账号状态已更改')).toBeVisible();
  await expect(page.getByRole('button', { name: '启用账号' })).toBeVisible();

  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/login/);
  // Nor can they sign back in, and the message is the generic one.
  await theirPage.getByLabel('电子邮箱').fill(victim.email);
  await theirPage.getByLabel('密码').fill(victim.password);
  await theirPage.getByRole('button', { name: '登录' }).click();
  await expect(theirPage.getByRole('main').getByRole('alert')).toHaveText('电子邮箱或密码不正确，或账号已停用。');

  // Enabled again, they can sign in.
  await page.getByRole('button', { name: '启用账号' }).click();
  await expect(page.getByRole('button', { name: '停用账号' })).toBeVisible();
  await signIn(theirPage, victim.email, victim.password);
  await theirs.close();
});

test('a non-admin cannot open /staff/users and does not see it in the navigation', async ({ page }) => {
  const editor = DEMO_ACCOUNTS.jinanEditor;
  await signIn(page, editor.email, editor.password);
  const nav = page.getByRole('navigation', { name: '工作台导航' });
  await expect(nav.getByRole('link', { name: 'API 令牌' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '用户' })).toHaveCount(0);
  for (const path of ['/staff/users', '/staff/users/new', '/staff/users/1']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: '无权访问' })).toBeVisible();
    await expect(page.getByText('admin@example.test')).toHaveCount(0);
  }
});

test('staff create a personal API token, shown once, and revoke it', async ({ page }) => {
  const viewer = DEMO_ACCOUNTS.viewer;
  await signIn(page, viewer.email, viewer.password, '/staff/tokens');
  await expect(page.getByText('您还没有令牌')).toBeVisible();
  await page.getByRole('button', { name: '创建令牌' }).click();
  await expect(page.getByLabel('用途说明')).toHaveAccessibleDescription(/请填写用途说明/);
  await page.getByLabel('用途说明').fill('夜间同步脚本');
  await page.getByRole('button', { name: '创建令牌' }).click();
  const token = await page.getByLabel('令牌', { exact: true }).inputValue();
  expect(token.length).toBeGreaterThanOrEqual(43);

  await page.reload();
  await expect(page.getByLabel('令牌', { exact: true })).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await page.getByRole('button', { name: '撤销令牌“夜间同步脚本”' }).click();
  await expect(page.getByText('您还没有令牌')).toBeVisible();
});

test('a forged session cookie gets nowhere: the server checks it, not just the proxy', async ({ page, context }) => {
  await context.addCookies([{ name: 'tracker_session', value: 'forged-token-value', domain: '127.0.0.1', path: '/' }]);
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/login/);
  // Not even the answer that sends it to sign in, title and all, names a draft (the test fixture's).
  const answer = await (await page.request.get('/staff/projects/TEST-DRAFT-PROJECT', { maxRedirects: 0 })).text();
  expect(answer).toContain('<title>');
  expect(answer).not.toMatch(/测试草稿项目|Test draft project/);
});

test("an admin sees a user's API tokens and revokes one; the account stays as it was", async ({ page, browser }) => {
  const owner = { email: 'scripter@example.test', name: '写脚本的人', password: 'baotu-spring-script-5' };
  await createViewer(browser, owner.email, owner.name, owner.password);
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signIn(theirPage, owner.email, owner.password, '/staff/tokens');
  for (const label of ['旧笔记本', '夜间同步']) {
    await theirPage.getByLabel('用途说明').fill(label);
    await theirPage.getByRole('button', { name: '创建令牌' }).click();
    await expect(theirPage.getByText(`令牌“${label}”已创建`)).toBeVisible();
  }

  const admin = DEMO_ACCOUNTS.admin;
  await signIn(page, admin.email, admin.password, '/staff/users');
  await page.getByRole('link', { name: owner.name }).click();
  const tokens = page.getByRole('region', { name: 'API 令牌', exact: true }).getByRole('listitem');
  await expect(tokens).toHaveCount(2);
  await expect(tokens.first()).toContainText('尚未使用');
  await page.getByRole('button', { name: '撤销令牌“旧笔记本”' }).click();
  await expect(tokens).toHaveCount(1);
  await expect(tokens).toContainText('夜间同步');

  // Its owner is still signed in and keeps the other token.
  await theirPage.reload();
  await expect(theirPage.getByRole('button', { name: '撤销令牌“夜间同步”' })).toBeVisible();
  await expect(theirPage.getByRole('button', { name: '撤销令牌“旧笔记本”' })).toHaveCount(0);
  await theirs.close();
});

test('staff change their own password, which ends their other sessions, and every staff page offers sign-out', async ({
  page,
  browser,
}) => {
  const me = { email: 'changer@example.test', name: '改密码的人', password: 'first-lantern-quay-1' };
  await createViewer(browser, me.email, me.name, me.password);
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await signIn(otherPage, me.email, me.password);

  await signIn(page, me.email, me.password, '/staff/account');
  for (const path of ['/staff', '/staff/tokens', '/staff/account']) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
  }
  const sessions = page.getByRole('region', { name: '登录会话' }).getByRole('listitem');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: '本浏览器' })).toHaveCount(1);

  const form = page.getByRole('form', { name: '修改密码' });
  await form.getByLabel('当前密码').fill('not-my-password-9');
  await form.getByLabel('新密码').fill('quancheng-spring-water-9');
  await form.getByRole('button', { name: '显示密码' }).first().click();
  await expect(form.getByLabel('当前密码')).toHaveAttribute('type', 'text');
  await form.getByRole('button', { name: '修改密码' }).click();
  await expect(form.getByLabel('当前密码')).toHaveAccessibleDescription('当前密码不正确。');

  await form.getByLabel('当前密码').fill(me.password);
  await form.getByLabel('新密码').fill('quancheng-spring-water-9');
  await form.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('密码已修改，其他会话已结束。')).toBeVisible();
  await expect(sessions).toHaveCount(1);
  // This browser stays signed in on a new session; the other one is out, and the old password too.
  await page.goto('/staff');
  await expect(page.getByText(`已登录：${me.name}`)).toBeVisible();
  await otherPage.goto('/staff');
  await expect(otherPage).toHaveURL(/\/login/);
  await otherPage.getByLabel('电子邮箱').fill(me.email);
  await otherPage.getByLabel('密码').fill(me.password);
  await otherPage.getByRole('button', { name: '登录' }).click();
  await expect(otherPage.getByRole('main').getByRole('alert')).toBeVisible();
  await signIn(otherPage, me.email, 'quancheng-spring-water-9');
  await elsewhere.close();
});
