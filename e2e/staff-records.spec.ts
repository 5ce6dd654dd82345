import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './support/sign-in';

// A project in Jinan only, so the Jinan editor may change it.
const CODE = 'RAIL-HUANGTAI-CONNECTING-LINE';
const EDIT_URL = `/staff/projects/${CODE}`;

const form = (page: Page) => page.getByRole('form', { name: '更新项目' });

test('a Jinan editor updates stage and progress with a note and sees it in both histories', async ({ page }) => {
  const editor = DEMO_ACCOUNTS.jinanEditor;
  // A visitor has the public map open first, so its cached data holds the old stage.
  const visitor = await page.context().browser()!.newPage();
  const mapListEntry = () => visitor.locator('#map-list li', { hasText: '黄台联络线' });
  await visitor.goto('/map');
  await expect(mapListEntry()).toContainText('实施中');

  await signIn(page, editor.email, editor.password, '/staff/projects');
  await page.getByRole('link', { name: '黄台联络线' }).click();
  await expect(page).toHaveURL(new RegExp(`${EDIT_URL}$`));

  await form(page).getByLabel('阶段').selectOption('completion');
  await form(page).getByLabel('进度', { exact: true }).fill('95');
  await form(page).getByLabel('修改原因（记入变更记录）').fill('现场核查：主体工程完工');
  await form(page).getByRole('button', { name: '保存修改' }).click();

  await expect(page.getByRole('status')).toContainText('已保存');
  const history = page.getByRole('region', { name: '变更记录' });
  await expect(history.getByText('阶段：实施中 → 已完成')).toBeVisible();
  await expect(history.getByText(/进度：.* → 95%/)).toBeVisible();
  await expect(history.getByText('现场核查：主体工程完工')).toBeVisible();
  await expect(history.getByText(`由 ${editor.name}`).first()).toBeVisible();

  // The public page shows the change, not who made it or why.
  await visitor.goto(`/projects/${CODE}`);
  const publicHistory = visitor.getByRole('region', { name: '变更记录' });
  await expect(publicHistory.getByText(/进度：.* → 95%/)).toBeVisible();
  await expect(publicHistory.getByText('现场核查：主体工程完工')).toHaveCount(0);

  // The dashboard's "what changed" and the cached public map both show it at once.
  await visitor.goto('/dashboard');
  const changes = visitor.getByRole('region', { name: '最新变化' });
  await expect(changes.getByText('黄台联络线').first()).toBeVisible();
  await expect(changes.getByText('阶段：实施中 → 已完成').first()).toBeVisible();
  await visitor.goto('/map');
  await expect(mapListEntry()).toContainText('已完成');
  await visitor.close();
});

test('a stale second tab gets the conflict, with what changed and its typed values kept', async ({ page, context }) => {
  const editor = DEMO_ACCOUNTS.jinanEditor;
  await signIn(page, editor.email, editor.password, EDIT_URL);
  const stale = await context.newPage();
  await stale.goto(EDIT_URL);

  await form(page).getByLabel('进度', { exact: true }).fill('61');
  await form(page).getByLabel('修改原因（记入变更记录）').fill('first tab');
  await form(page).getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByRole('status')).toContainText('已保存');

  await form(stale).getByLabel('进度', { exact: true }).fill('77');
  await form(stale).getByLabel('修改原因（记入变更记录）').fill('second tab');
  await form(stale).getByRole('button', { name: '保存修改' }).click();
  const conflict = stale.getByRole('alert', { name: '期间已被他人修改' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText(/进度：.* → 61/)).toBeVisible();
  await expect(conflict.getByText('first tab')).toBeVisible();
  await expect(form(stale).getByLabel('进度', { exact: true })).toHaveValue('77');
  await expect(form(stale).getByLabel('修改原因（记入变更记录）')).toHaveValue('second tab');

  // Saving again is now a deliberate choice on top of the newer version.
  await form(stale).getByRole('button', { name: '保存修改' }).click();
  await expect(stale.getByRole('status')).toContainText('已保存');
  await expect(stale.getByRole('region', { name: '变更记录' }).getByText('进度：61% → 77%')).toBeVisible();
});

test('bad input gets a message at the field and writes nothing', async ({ page }) => {
  const editor = DEMO_ACCOUNTS.jinanEditor;
  await signIn(page, editor.email, editor.password, EDIT_URL);
  const before = await page
    .getByText(/版本 \d+ ·/)
    .first()
    .textContent();
  await form(page).getByLabel('进度', { exact: true }).fill('140');
  await form(page).getByLabel('修改原因（记入变更记录）').fill('typo');
  await form(page).getByRole('button', { name: '保存修改' }).click();
  // The re-rendered form would leave the focus on <body>: the refusal takes it instead.
  const refusal = form(page).getByRole('alert');
  await expect(refusal).toHaveText('未保存。请更正下方标出的字段。');
  await expect(refusal).toBeFocused();
  const progress = form(page).getByLabel('进度', { exact: true });
  await expect(progress).toHaveAttribute('aria-invalid', 'true');
  await expect(form(page).getByText('进度须为 0 到 100 之间的整数。')).toBeVisible();
  await expect(progress).toHaveValue('140');
  await page.reload();
  await expect(form(page).getByLabel('进度', { exact: true })).not.toHaveValue('140');
  expect(
    await page
      .getByText(/版本 \d+ ·/)
      .first()
      .textContent(),
  ).toBe(before);
});

test('a viewer reads a project, internal note included, and cannot change it', async ({ page }) => {
  const viewer = DEMO_ACCOUNTS.viewer;
  await signIn(page, viewer.email, viewer.password, '/staff/projects');
  await expect(page.getByText('您可以查看所有项目（包括草稿和内部备注），但不能修改。')).toBeVisible();
  await expect(page.getByRole('link', { name: '新建项目' })).toHaveCount(0);
  await page.goto(EDIT_URL);
  await expect(page.getByRole('heading', { name: '只读' })).toBeVisible();
  await expect(page.getByRole('button', { name: '保存修改' })).toHaveCount(0);
  await expect(page.getByRole('form', { name: '更新项目' })).toHaveCount(0);
  // Drafts and internal notes are open to officials.
  await page.goto('/staff/projects/TEST-DRAFT-PROJECT');
  await expect(page.getByText(/INTERNAL-NOTE-FIXTURE/)).toBeVisible();
});

test('a milestone button from a stale page is refused with the reason, which takes the focus', async ({
  page,
  context,
}) => {
  const editor = DEMO_ACCOUNTS.jinanEditor;
  await signIn(page, editor.email, editor.password, EDIT_URL);
  const milestones = (p: Page) => p.getByRole('region', { name: '里程碑' });
  const markMet = (p: Page) => milestones(p).getByRole('button', { name: '将“联络线贯通”标为已达成' });
  await milestones(page).getByRole('textbox', { name: '里程碑' }).fill('联络线贯通');
  await milestones(page).getByRole('button', { name: '添加里程碑' }).click();
  await expect(markMet(page)).toBeVisible();
  const stale = await context.newPage();
  await stale.goto(EDIT_URL);

  await markMet(page).click();
  await expect(markMet(page)).toHaveCount(0);
  await markMet(stale).click();
  const refusal = milestones(stale).getByRole('alert');
  await expect(refusal).toHaveText('未保存：在您打开此记录后，其他人已修改了它。');
  await expect(refusal).toBeFocused();
});
