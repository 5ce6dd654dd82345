import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { serverCommand } from '../lib/server-command';

type Geometry =
  { type: 'Point'; coordinates: [number, number] } | { type: 'LineString'; coordinates: [number, number][] };
type ApiProject = { code: string; name: string; nameEn: string; category: string; geometry: Geometry | null };

// A site with no other project's symbol or vertex close by, so that a click on it hits it.
function isolatedSite(projects: ApiProject[]): ApiProject {
  const points = (p: ApiProject) =>
    p.geometry?.type === 'Point' ? [p.geometry.coordinates] : (p.geometry?.coordinates ?? []);
  const site = projects.find(
    (p) =>
      p.geometry?.type === 'Point' &&
      projects.every(
        (q) => q === p || points(q).every(([x, y]) => Math.hypot(x - points(p)[0][0], y - points(p)[0][1]) > 0.25),
      ),
  );
  expect(site, 'a site far from every other project').toBeDefined();
  return site!;
}

const CIRCLE_CITIES = ['370100', '370300', '370500', '370900', '371400', '371500', '371600'];
const DRAFT_CODE = 'TEST-DRAFT-PROJECT';
const DRAFT_NAME = '测试草稿项目';
const INTERNAL_NOTE = 'INTERNAL-NOTE-FIXTURE';

async function publishedWithLocation(request: APIRequestContext): Promise<ApiProject[]> {
  const body = await (await request.get('/api/v1/projects?limit=500')).json();
  expect(body.nextCursor).toBeNull();
  return (body.data as ApiProject[]).filter((p) => p.geometry !== null);
}

const shapes = (page: Page) => page.getByTestId('map-project');
const listItems = (page: Page) => page.getByTestId('map-list-item');

async function codes(locator: Locator): Promise<string[]> {
  return (await locator.evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''))).sort();
}

async function viewBoxWidth(page: Page): Promise<number> {
  const box = await page.getByTestId('map-canvas').getAttribute('viewBox');
  return Number(box!.split(' ')[2]);
}

test('the map draws the circle cities and one shape per published project with a location, as the list does', async ({
  page,
  request,
}, testInfo) => {
  const located = await publishedWithLocation(request);
  expect(located.length).toBeGreaterThan(10);

  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/map');
  await expect(page.getByRole('heading', { level: 1, name: '地图' })).toBeVisible();
  const cities = page.getByTestId('circle-city');
  await expect(cities).toHaveCount(7);
  expect((await cities.evaluateAll((els) => els.map((e) => e.getAttribute('data-adcode')))).sort()).toEqual(
    CIRCLE_CITIES,
  );
  await expect(page.getByRole('link', { name: '选择济南市' })).toHaveCount(1);

  await expect(shapes(page)).toHaveCount(located.length);
  const expected = located.map((p) => p.code).sort();
  expect(await codes(shapes(page))).toEqual(expected);
  expect(await codes(listItems(page))).toEqual(expected);
  // Corridors are lines with their symbol on them; sites are symbols alone.
  const corridors = located
    .filter((p) => p.geometry?.type === 'LineString')
    .map((p) => p.code)
    .sort();
  expect(
    (await page.locator('[data-line-of]').evaluateAll((els) => els.map((e) => e.getAttribute('data-line-of')))).sort(),
  ).toEqual(corridors);
  expect(await codes(page.locator('[data-testid="map-project"][data-kind="line"]'))).toEqual(corridors);

  // Each shape is a named link, so it can be reached and read without seeing the map.
  const first = located[0];
  const escaped = first.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.getByRole('link', { name: new RegExp(`^${escaped}（`) })).toHaveCount(1);
  await expect(page.getByTestId('boundary-notice')).toContainText('未取得审图号');
  await expect(page.getByTestId('boundary-notice')).toContainText('no map approval number');

  // The outlines come from the site itself, and so does everything else: no tile server.
  const outlineHref = (await cities.first().locator('use').getAttribute('href'))!;
  expect(outlineHref).toMatch(/^\/map\/outlines\.svg\?v=\w+#c\d{6}$/);
  const outlines = await request.get(outlineHref.split('#')[0]);
  expect(outlines.headers()['content-type']).toContain('image/svg+xml');
  for (const adcode of CIRCLE_CITIES) expect(await outlines.text()).toContain(`id="c${adcode}"`);
  const origin = new URL(page.url()).origin;
  for (const url of requested) expect(url.startsWith(origin) || url.startsWith('data:'), url).toBe(true);

  await page.waitForTimeout(500);
  const shot = await page.screenshot({ fullPage: true });
  await testInfo.attach('map', { body: shot, contentType: 'image/png' });
  await page.screenshot({ path: testInfo.outputPath('map.png'), fullPage: true });
});

test('filtering by category hides the other projects, in the map and the list alike', async ({ page, request }) => {
  const rail = (await publishedWithLocation(request)).filter((p) => p.category === 'rail');
  expect(rail.length).toBeGreaterThan(0);
  await page.goto('/map');
  await page.getByRole('navigation', { name: '筛选地图' }).getByRole('link', { name: '铁路' }).click();
  await expect(page).toHaveURL(/[?&]category=rail/);
  await expect(shapes(page)).toHaveCount(rail.length);
  for (const category of await shapes(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-category'))))
    expect(category).toBe('rail');
  expect(await codes(listItems(page))).toEqual(rail.map((p) => p.code).sort());

  await page.getByRole('navigation', { name: '筛选地图' }).getByRole('link', { name: '已完成' }).click();
  await expect(page).toHaveURL(/category=rail&status=done/);
  expect(await codes(shapes(page))).toEqual(await codes(listItems(page)));
  expect(await shapes(page).count()).toBeLessThan(rail.length);
});

test('selecting a project on the map or in the list opens its panel, which links back to it', async ({
  page,
  request,
}) => {
  const located = await publishedWithLocation(request);
  const site = isolatedSite(located);
  const corridor = located.find((p) => p.geometry?.type === 'LineString')!;

  await page.goto('/map');
  await page.locator(`[data-testid="map-project"][data-code="${site.code}"]`).click();
  await expect(page).toHaveURL(new RegExp(`project=${site.code}`));
  const panel = page.getByTestId('project-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(site.name);
  await expect(panel).toContainText('原文');
  await expect(panel.getByRole('link', { name: '此项目的地图链接' })).toHaveAttribute(
    'href',
    `/map?project=${site.code}`,
  );

  // By keyboard, from the list: the panel takes the focus, and Escape closes it.
  await page.locator(`[data-testid="map-list-item"][data-code="${corridor.code}"]`).getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`project=${corridor.code}`));
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(corridor.name);
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page.locator(`[data-testid="map-project"][data-code="${corridor.code}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/project=/);

  // The permalink opens the map with the project selected.
  await page.goto(`/map?project=${corridor.code}`);
  await expect(page.getByTestId('project-panel').getByRole('heading', { level: 2 })).toHaveText(corridor.name);
});

test('choosing a city zooms to it and lists its agreements', async ({ page, request }) => {
  const agreements = (await (await request.get('/api/v1/agreements')).json()).data as {
    name: string;
    cities: string[];
  }[];
  const jinanAgreements = agreements.filter((a) => a.cities.includes('370100'));
  expect(jinanAgreements.length).toBeGreaterThan(0);

  await page.goto('/map');
  await page.waitForTimeout(500);
  const before = await viewBoxWidth(page);
  await page.getByRole('navigation', { name: '筛选地图' }).getByRole('link', { name: '济南市' }).click();
  await expect(page).toHaveURL(/city=370100/);
  const panel = page.getByTestId('city-panel');
  await expect(panel.getByRole('heading', { name: '济南市', exact: true })).toBeVisible();
  await expect(panel.getByTestId('city-agreements').getByRole('listitem')).toHaveCount(jinanAgreements.length);
  await expect.poll(() => viewBoxWidth(page)).toBeLessThan(before * 0.8);
  for (const code of await codes(shapes(page))) expect(await codes(listItems(page))).toContain(code);
  const cityProjects = (await (await request.get('/api/v1/projects?city=370100&limit=500')).json()).data.filter(
    (p: ApiProject) => p.geometry,
  );
  await expect(shapes(page)).toHaveCount(cityProjects.length);
});

test('a draft project and an internal note never reach the map or its data', async ({ page, request }) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (/html|json|x-component|text\/plain/.test(type)) bodies.push(await response.text().catch(() => ''));
  });
  const all = (await (await request.get('/api/v1/projects?limit=500')).json()).data as ApiProject[];
  // The fixture puts the internal note on the first published project.
  const noted = all[0];

  await page.goto('/map');
  await page.goto(`/map?project=${noted.code}`);
  await page.goto('/map?category=road&status=planned');
  await page.goto('/map');
  await page.getByRole('navigation', { name: '筛选地图' }).getByRole('link', { name: '济南市' }).click();
  await expect(page).toHaveURL(/city=370100/);
  await listItems(page).first().getByRole('link').click();
  await expect(page.getByTestId('project-panel')).toBeVisible();
  await expect(page.locator(`[data-code="${DRAFT_CODE}"]`)).toHaveCount(0);

  for (const text of [...bodies, await page.content()]) {
    expect(text).not.toContain(DRAFT_CODE);
    expect(text).not.toContain(DRAFT_NAME);
    expect(text).not.toContain(INTERNAL_NOTE);
  }
  expect(bodies.length).toBeGreaterThan(4);

  // Asking for the draft by its code finds nothing, exactly like a code that never existed.
  await page.goto(`/map?project=${DRAFT_CODE}`);
  await expect(page.getByText('地图上没有项目')).toBeVisible();
  await expect(page.getByTestId('project-panel')).toHaveCount(0);
  expect(await page.content()).not.toContain(DRAFT_NAME);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('the panel is a bottom sheet, and buttons and pinch zoom the map', async ({ page, request }) => {
    const [first] = await publishedWithLocation(request);
    await page.goto('/map');
    await page.waitForTimeout(500);
    const start = await viewBoxWidth(page);
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(() => viewBoxWidth(page)).toBeLessThan(start * 0.7);
    await page.getByRole('button', { name: '缩小' }).click();
    await expect.poll(() => viewBoxWidth(page)).toBeCloseTo(start, 0);

    // Two fingers moving apart zoom in about twofold.
    const canvas = page.getByTestId('map-canvas');
    const box = (await canvas.boundingBox())!;
    const y = box.y + box.height / 2;
    const touch = (type: string, pointerId: number, x: number) =>
      canvas.dispatchEvent(type, {
        pointerId,
        pointerType: 'touch',
        isPrimary: pointerId === 1,
        clientX: x,
        clientY: y,
        button: 0,
        bubbles: true,
      });
    await touch('pointerdown', 1, box.x + 140);
    await touch('pointerdown', 2, box.x + 200);
    await touch('pointermove', 2, box.x + 260);
    await touch('pointerup', 2, box.x + 260);
    await touch('pointerup', 1, box.x + 140);
    await expect.poll(() => viewBoxWidth(page)).toBeLessThan(start * 0.6);

    await page.locator(`[data-testid="map-list-item"][data-code="${first.code}"]`).getByRole('link').tap();
    const panel = page.getByTestId('project-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(first.name);
    const sheet = (await panel.boundingBox())!;
    expect(sheet.y + sheet.height).toBeCloseTo(740, 0);
    expect(sheet.width).toBeCloseTo(375, 0);
    // The map is brought up above the sheet, so the selected project can be seen.
    await expect.poll(async () => (await canvas.boundingBox())!.y).toBeLessThan(40);
    expect((await canvas.boundingBox())!.y + (await canvas.boundingBox())!.height).toBeLessThanOrEqual(sheet.y + 1);
    await panel.getByRole('link', { name: '关闭项目详情' }).tap();
    await expect(panel).toHaveCount(0);
  });
});

// Above a threshold of projects in view the map counts instead of drawing. The real data is far
// below the 400 of production, so this starts a second server on the same database with a
// threshold of 5, and checks the counts against the API.
test.describe('with more projects in view than the map draws', () => {
  const port = Number(process.env.E2E_PORT ?? 3100) + 1;
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    const { command, args, env } = serverCommand(port, {
      ...process.env,
      DATABASE_PATH: 'data/e2e.db',
      MAP_CLUSTER_THRESHOLD: '5',
    });
    server = spawn(command, args, { env, stdio: 'ignore' });
    await expect
      .poll(async () => (await fetch(`${base}/api/v1/cities`).catch(() => null))?.status, { timeout: 50_000 })
      .toBe(200);
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  test('the map counts per city, then per area, then draws the projects of a small area; the list pages', async ({
    page,
    request,
  }, testInfo) => {
    const located = await publishedWithLocation(request);
    const jinan = (
      (await (await request.get('/api/v1/projects?city=370100&limit=500')).json()).data as ApiProject[]
    ).filter((p) => p.geometry);
    expect(jinan.length).toBeGreaterThan(5);

    await page.goto(`${base}/map`);
    await expect(shapes(page)).toHaveCount(0);
    const badges = page.getByTestId('map-cluster');
    await expect(badges).toHaveCount(7);
    const jinanBadge = page.getByRole('link', { name: `济南市：${jinan.length} 个项目，放大查看` });
    await expect(jinanBadge).toHaveAttribute('data-count', String(jinan.length));
    await expect(page.getByTestId('map-cluster-summary')).toContainText(`共 ${located.length} 个`);
    await page.waitForTimeout(500);
    await page.screenshot({ path: testInfo.outputPath('map-counts.png') });

    // The list holds a page of the first 20 by code, and the next page the rest.
    const sorted = located.map((p) => p.code).sort();
    expect(await codes(listItems(page))).toEqual(sorted.slice(0, 20));
    await page.getByRole('navigation', { name: '列表分页' }).getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(new RegExp(`after=${sorted[19]}`));
    expect(await codes(listItems(page))).toEqual(sorted.slice(20));

    // A city: counted per area, adding up to the city's projects.
    await page.goto(`${base}/map`);
    await jinanBadge.click();
    await expect(page).toHaveURL(/city=370100/);
    await expect(page.getByTestId('city-panel')).toContainText(`地图上有 ${jinan.length} 个该市项目`);
    await expect(badges.first()).toBeVisible();
    const counts = await badges.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(jinan.length);
    await page.waitForTimeout(500);
    await page.screenshot({ path: testInfo.outputPath('map-city-areas.png') });

    // Zooming into areas ends at one small enough to draw, with every project it counted.
    for (let depth = 0; depth < 3 && (await badges.count()) > 0; depth++) {
      const smallest = Math.min(
        ...(await badges.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))))),
      );
      const badge = page.locator(`[data-testid="map-cluster"][data-count="${smallest}"]`).first();
      await badge.click();
      await expect(page).toHaveURL(/cell=\d-\d+-\d+/);
      if (smallest <= 5) {
        await expect(shapes(page)).toHaveCount(smallest);
        expect(await codes(listItems(page))).toEqual(await codes(shapes(page)));
        break;
      }
    }
    await expect(shapes(page).first()).toBeVisible();
    await page.getByRole('link', { name: '缩小到上一级范围' }).click();
    await expect(page).toHaveURL(/city=370100/);
  });
});
