import { expect, test, type Page } from '@playwright/test';

// The stage charts are drawn on the server, into the page's HTML: a reader who prints the moment
// the dashboard has loaded, by the button or the browser's own command, on a phone or a desktop,
// gets every chart on paper, and nothing waits on script.
const CHARTS = ['category', 'city'] as const;
const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

const segments = (page: Page, chart: string) => page.getByTestId(`${chart}-chart`).locator('rect[data-stage]');

// A chart's segments, and the non-zero cells of the table beside it: each count is one segment.
async function drawnAndCounted(page: Page, chart: string) {
  const drawn = await segments(page, chart).evaluateAll((rects) =>
    rects.map((r) => {
      const box = r.getBoundingClientRect();
      return { key: `${r.getAttribute('data-row')}/${r.getAttribute('data-stage')}`, width: box.width };
    }),
  );
  const counted = await page
    .getByTestId(`${chart}-table`)
    .locator('td[data-stage]')
    .evaluateAll((cells) =>
      cells
        .filter((c) => c.textContent !== '0')
        .map((c) => `${c.closest('tr')!.getAttribute('data-row')}/${c.getAttribute('data-stage')}`),
    );
  return { drawn, counted };
}

async function expectEveryChartLaidOutForPrint(page: Page) {
  const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
  for (const chart of CHARTS) {
    const { drawn, counted } = await drawnAndCounted(page, chart);
    expect(counted.length, chart).toBeGreaterThan(3);
    expect(drawn.map((d) => d.key).sort(), chart).toEqual(counted.sort());
    for (const d of drawn) expect(d.width, `${chart} ${d.key}`).toBeGreaterThan(0);
    const plot = await page.getByTestId(`${chart}-chart`).locator('.stage-plot > svg').boundingBox();
    expect(plot!.width, chart).toBeGreaterThan(0);
    expect(plot!.x + plot!.width, chart).toBeLessThanOrEqual(pageWidth);
  }
}

for (const [name, device] of [
  ['a phone', PHONE],
  ['a desktop', DESKTOP],
] as const) {
  test.describe(`on ${name}`, () => {
    test.use(device);

    test('the browser print command, right after load, lays out every chart', async ({ page }) => {
      await page.goto('/dashboard');
      // Ctrl+P lays the page out for print at once: nothing has scrolled, nothing has been touched.
      await page.emulateMedia({ media: 'print' });
      await expectEveryChartLaidOutForPrint(page);
      await page.pdf();
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('the printed dashboard still has every chart', async ({ page }) => {
        await page.goto('/dashboard');
        await page.emulateMedia({ media: 'print' });
        await expectEveryChartLaidOutForPrint(page);
      });
    });
  });
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the print button opens the print dialog on a page that already holds every chart', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: '进展看板' })).toBeVisible();
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

  test('the server sends each chart in the HTML, with its legend and the same segments as its table', async ({
    page,
    request,
  }) => {
    const html = await (await request.get('/dashboard')).text();
    for (const chart of CHARTS) {
      expect(html).toContain(`data-testid="${chart}-chart"`);
    }
    expect(html.match(/<rect[^>]* data-stage="/g)?.length ?? 0).toBeGreaterThan(6);

    await page.goto('/dashboard');
    const card = page.getByRole('region', { name: '各城市进展' });
    await card.scrollIntoViewIfNeeded();
    await expect(segments(page, 'city').first()).toBeVisible();
    await expect(
      card.getByRole('figure', { name: '各城市项目按阶段的堆叠条形图' }).getByText('实施中', { exact: true }),
    ).toBeVisible();
    const { drawn, counted } = await drawnAndCounted(page, 'city');
    expect(drawn.map((d) => d.key).sort()).toEqual(counted.sort());
  });
});
