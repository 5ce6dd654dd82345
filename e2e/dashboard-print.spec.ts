import { expect, test, type Page } from '@playwright/test';

// On a phone the charts sit below the fold and are drawn only when scrolled to (mounting them
// at load was the dashboard's Total Blocking Time). Printing must still put every chart on paper.
test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

const segments = (page: Page, chart: 'category' | 'city') =>
  page.getByTestId(`${chart}-chart`).locator('rect[data-stage]');

test('the print button draws every chart before the print dialog opens', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: '进展看板' })).toBeVisible();
  await expect(segments(page, 'category')).toHaveCount(0);
  // What the print dialog would lay out: the segments in the page at the moment print() is called.
  await page.evaluate(() => {
    const w = window as unknown as { print: () => void; printed?: number[] };
    w.print = () => {
      w.printed = ['category', 'city'].map(
        (c) => document.querySelectorAll(`[data-testid="${c}-chart"] rect[data-stage]`).length,
      );
    };
  });
  await page.getByRole('button', { name: '打印' }).click();
  const printed = await page
    .waitForFunction(() => (window as unknown as { printed?: number[] }).printed)
    .then((h) => h.jsonValue());
  expect(printed[0]).toBeGreaterThan(3);
  expect(printed[1]).toBeGreaterThan(3);
});

test('the browser print command draws the charts once the reader has touched the page', async ({ page }) => {
  await page.goto('/dashboard', { waitUntil: 'networkidle' });
  // A key press (the Ctrl of Ctrl+P) fetches recharts.
  await page.keyboard.press('Control');
  await expect(segments(page, 'city')).toHaveCount(0);
  // page.pdf() fires beforeprint like the browser's print command; the charts are drawn in it
  // as soon as recharts has arrived.
  await expect
    .poll(async () => {
      await page.pdf();
      return Math.min(await segments(page, 'category').count(), await segments(page, 'city').count());
    })
    .toBeGreaterThan(3);
});

test('a chart is drawn when scrolled to, with its legend and the same segments as its table', async ({ page }) => {
  await page.goto('/dashboard');
  const card = page.getByRole('region', { name: '各城市进展' });
  await card.scrollIntoViewIfNeeded();
  await expect(segments(page, 'city').first()).toBeVisible();
  await expect(
    card.getByRole('img', { name: '各城市项目按阶段的堆叠条形图' }).getByText('实施中', { exact: true }),
  ).toBeVisible();
  const drawn = await segments(page, 'city').count();
  const table = card.getByTestId('city-table');
  const nonZero = await table
    .locator('td[data-stage]')
    .evaluateAll((cells) => cells.filter((c) => c.textContent !== '0').length);
  expect(drawn).toBe(nonZero);
});
