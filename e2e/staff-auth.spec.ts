import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn, signOut } from './support/sign-in';

test('a signed-out visitor sent to /staff lands on the sign-in page and comes back after it', async ({ page }) => {
  await page.goto('/staff/tokens');
  await expect(page).toHaveURL(/\/login\?next=%2Fstaff%2Ftokens$/);
  await expect(page.getByRole('heading', { level: 1, name: '工作人员登录' })).toBeVisible();
  await page.getByLabel('电子邮箱').fill(DEMO_ACCOUNTS.viewer.email);
  await page.getByLabel('密码').fill(DEMO_ACCOUNTS.viewer.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/staff\/tokens$/);
});

test('staff sign in, see their name, sign out, and the old session is dead on the server', async ({ page, context }) => {
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
