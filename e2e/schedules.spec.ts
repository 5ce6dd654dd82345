import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './support/sign-in';

// Schedules that tell the truth: an editor moves a forecast with a reason and the dashboard
// shows the project late; an admin re-baselines and the original plan stays in the history;
// the dashboard as of a past day shows that day's figures. Run in order on one database.
test.describe.configure({ mode: 'serial' });

// In Jinan and Zibo, still in preparation: entering implementation fixes its baseline.
const CODE = 'RAIL-JINAN-ZIBO-TRANSIT';
const NAME = '济南至淄博轨道交通';
const EDIT_URL = `/staff/projects/${CODE}`;

const form = (page: Page) => page.getByRole('form', { name: '更新项目' });

async function save(page: Page, note: string) {
  await form(page).getByLabel('修改原因（记入变更记录）').fill(note);
  await form(page).getByRole('button', { name: '保存修改' }).click();
}

test('an editor moves a forecast with a reason and the dashboard shows the project late', async ({ page }) => {
  const editor = DEMO_ACCOUNTS.jinanEditor;
  await signIn(page, editor.email, editor.password, EDIT_URL);
  // Editors see the baseline but cannot set it.
  await expect(form(page).getByTestId('baseline-read-only')).toBeVisible();
  await expect(form(page).getByLabel('基准完工')).toHaveCount(0);

  await form(page).getByLabel('阶段').selectOption('implementation');
  await form(page).getByLabel('预计开工').fill('2021-06');
  await form(page).getByLabel('预计完工').fill('2022-06-30');
  await save(page, '可研批复，开工');
  await expect(page.getByRole('status')).toContainText('已保存');
  await expect(form(page).getByTestId('baseline-read-only')).toContainText('2022-06-30');

  // Moving the end without a reason is refused at the field, and nothing is written.
  await form(page).getByLabel('预计完工').fill('2023-06-30');
  await save(page, '征地未完成');
  const reason = form(page).getByLabel('工期调整原因');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-scheduleReason-error')).toContainText('请选择预计完工日期或基准计划变更的原因');
  await expect(form(page).getByLabel('预计完工')).toHaveValue('2023-06-30');

  // An end before the start, likewise.
  await form(page).getByLabel('预计完工').fill('2020-01');
  await reason.selectOption('land_relocation');
  await save(page, '征地未完成');
  await expect(page.locator('#field-plannedEnd-error')).toContainText('结束日期不能早于开始日期');

  await form(page).getByLabel('预计完工').fill('2023-06-30');
  await form(page).getByLabel('工期调整原因').selectOption('land_relocation');
  await save(page, '征地拆迁尚未完成 CANARYQX-e2e-forecast-note');
  await expect(page.getByRole('status')).toContainText('已保存');

  const visitor = await page.context().browser()!.newPage();
  await visitor.goto(`/projects/${CODE}`);
  await expect(visitor.getByTestId('slippage-summary')).toContainText('超出基准完工 365 天：延误');
  await expect(visitor.getByTestId('schedule')).toContainText('征地拆迁');
  // The reason is public; the note is not.
  await expect(visitor.getByText('CANARYQX-e2e-forecast-note')).toHaveCount(0);

  await visitor.goto('/dashboard');
  const mostSlipped = visitor.getByTestId('most-slipped-table');
  const row = mostSlipped.locator('tr', { hasText: NAME });
  await expect(row).toContainText('365');
  await expect(row).toContainText('征地拆迁');
  const railLate = visitor.getByTestId('slip-category-table').locator('tr[data-row="rail"] td').nth(1);
  await expect(railLate).not.toHaveText('0');
  await expect(visitor.getByTestId('reasons-table').locator('tr[data-row="land_relocation"] td')).not.toHaveText('0');
  await visitor.close();
});

test('an admin re-baselines with a reason and the original plan stays in the history', async ({ page }) => {
  const admin = DEMO_ACCOUNTS.admin;
  await signIn(page, admin.email, admin.password, EDIT_URL);
  await form(page).getByLabel('基准完工').fill('2023-12-31');
  await save(page, '范围调整获批');
  await expect(page.locator('#field-scheduleReason-error')).toContainText('请选择');

  await form(page).getByLabel('基准完工').fill('2023-12-31');
  await form(page).getByLabel('工期调整原因').selectOption('scope_change');
  await save(page, '范围调整获批');
  await expect(page.getByRole('status')).toContainText('已保存');

  await page.goto(`/projects/${CODE}`);
  const history = page.getByRole('region', { name: '变更记录' });
  await expect(history.getByText('基准完工：2022-06-30 → 2023-12-31')).toBeVisible();
  await expect(history.getByText('基准完工：（空） → 2022-06-30')).toBeVisible();
  await expect(history.getByText('工期调整原因：征地拆迁 → 范围调整')).toBeVisible();
  await expect(page.getByTestId('slippage-summary')).not.toContainText('延误');
});

test('the dashboard as of a past day shows that day, and a comparison what changed since', async ({ page }) => {
  const today = new Date().toISOString().slice(0, 10);
  await page.goto('/dashboard');
  const underwayNow = (await page.getByTestId('figure-underway').textContent())!;
  expect(Number(underwayNow)).toBeGreaterThan(0);

  // Before the tracker held anything, every figure is zero.
  await page.goto('/dashboard?asOf=2021-11-30');
  await expect(page.getByTestId('as-of-note')).toContainText('2021-11-30');
  await expect(page.getByTestId('figure-underway')).toHaveText('0');
  // Cards that only know the present are left out of a past day.
  await expect(page.locator('#attention')).toHaveCount(0);

  await page.goto(`/dashboard?asOf=${today}`);
  await expect(page.getByTestId('figure-underway')).toHaveText(underwayNow);

  await page.goto(`/dashboard?asOf=${today}&compare=2021-11-30`);
  const underway = page.getByTestId('compare-table').locator('tr[data-row="underway"] td');
  await expect(underway.nth(0)).toHaveText('0');
  await expect(underway.nth(1)).toHaveText(underwayNow);
  await expect(underway.nth(2)).toHaveText(`+${underwayNow}`);

  // A day that does not exist is named back to the reader, and today is shown instead.
  await page.goto('/dashboard?asOf=2021-02-30');
  await expect(page.getByRole('alert').filter({ hasText: '“asOf”须为 YYYY-MM-DD' })).toBeVisible();
  await expect(page.getByTestId('figure-underway')).toHaveText(underwayNow);
});
