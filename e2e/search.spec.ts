import { expect, test } from '@playwright/test';
import { CANARY } from '@/seed/canary-fixtures';
import { DEMO_ACCOUNTS, signIn } from './support/sign-in';

// A visitor types a name into the header's search box and opens what it finds.

const AIRPORT = '济南遥墙国际机场二期改扩建';
const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

test('on a desktop, / goes to the header box; a short form finds the official name', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const box = page.getByRole('search', { name: '搜索全部记录' }).getByRole('searchbox', { name: '搜索' });
  await expect(box).toBeFocused();
  await box.fill('遥墙机场');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('status')).toHaveText(/^共 \d+ 条结果$/);
  const projects = page.getByRole('region', { name: /^项目/ });
  const result = projects.getByRole('link', { name: AIRPORT });
  await expect(result).toBeVisible();
  await expect(result.locator('mark')).toHaveText(['遥墙', '机场']);
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AIRPORT);
});

test('/ does not leave a field someone is typing in', async ({ page }) => {
  await page.goto('/projects');
  const field = page.getByRole('form', { name: '筛选项目' }).getByRole('searchbox', { name: '搜索' });
  await field.fill('G3');
  await field.press('/');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('G3/');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('an English name, in any case, finds the project; tapping opens it', async ({ page, context }) => {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: BASE }]);
    await page.goto('/projects');
    const box = page.getByRole('search', { name: 'Search all records' }).getByRole('searchbox', { name: 'Search' });
    await box.tap();
    await box.fill('BINZHOU inland PORT');
    await box.press('Enter');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results?$/);
    const result = page.getByRole('link', { name: 'Binzhou inland port (Xiaoqing River)' });
    await result.tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Binzhou inland port (Xiaoqing River)');
  });
});

test('the project list and the open-data API take q with the same meaning', async ({ page, request }) => {
  await page.goto(`/projects?q=${encodeURIComponent('济郑')}`);
  await expect(page.getByRole('link', { name: '济郑高铁' })).toBeVisible();
  const api = await (await request.get(`/api/v1/projects?q=${encodeURIComponent('济郑')}`)).json();
  expect(api.data.map((p: { name: string }) => p.name)).toContain('济郑高铁');
  const tooLong = await request.get(`/api/v1/agreements?q=${'港'.repeat(101)}`);
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error.param).toBe('q');
});

test('staff searching inside /staff find drafts, marked; the public does not', async ({ page }) => {
  await page.goto(`/search?q=${CANARY}`);
  await expect(page.getByRole('status')).toHaveText(`没有找到与“${CANARY}”相符的记录。试试更短的词，或换一种写法。`);
  const admin = DEMO_ACCOUNTS.admin;
  await signIn(page, admin.email, admin.password, `/staff/search?q=${CANARY}`);
  const projects = page.getByRole('region', { name: /^项目/ });
  const draft = projects.getByRole('listitem').filter({ hasText: `${CANARY}-DRAFT-PROJECT` });
  await expect(draft.getByText('草稿', { exact: true })).toBeVisible();
});
