import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';

// The expected numbers come straight from the test database, with SQL written here, not from
// the app's own queries: the dashboard must agree with an independent count.
const PUBLIC = "p.deleted_at is null and p.publication = 'published'";
const LIAOCHENG = '371500';

function count(query: string, ...params: unknown[]): number {
  const db = new Database('data/e2e.db', { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(query)
      .pluck()
      .get(...params) as number;
  } finally {
    db.close();
  }
}

function expectedFigures(city?: string) {
  const inCity = city
    ? `and exists (select 1 from project_cities pc join cities c on c.id = pc.city_id where pc.project_id = p.id and c.code = '${city}')`
    : '';
  const projects = (extra: string) => count(`select count(*) from projects p where ${PUBLIC} ${inCity} and ${extra}`);
  const agreementCity = city
    ? `and exists (select 1 from agreement_cities ac join cities c on c.id = ac.city_id where ac.agreement_id = a.id and c.code = '${city}')`
    : '';
  const organizationCity = city
    ? `and exists (select 1 from organization_cities oc join cities c on c.id = oc.city_id where oc.organization_id = o.id and c.code = '${city}')`
    : '';
  return {
    done: projects("p.stage in ('completion', 'maintenance')"),
    underway: projects("p.stage = 'implementation'"),
    planned: projects("p.stage in ('identification', 'preparation')"),
    services: projects("p.category = 'services'"),
    agreements: count(
      `select count(*) from agreements a where a.deleted_at is null and a.publication = 'published' and a.signed_on is not null ${agreementCity}`,
    ),
    organizations: count(
      `select count(*) from organizations o where o.deleted_at is null and o.publication = 'published' and o.founded_on is not null ${organizationCity}`,
    ),
  };
}

async function expectFigures(page: Page, expected: Record<string, number>) {
  for (const [key, value] of Object.entries(expected)) {
    await expect(page.getByTestId(`figure-${key}`), key).toHaveText(String(value));
  }
}

test('the headline figures equal counts taken from the database, and follow a city filter', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: '进展看板' })).toBeVisible();
  const all = expectedFigures();
  expect(all.underway).toBeGreaterThan(0);
  await expectFigures(page, all);

  const filters = page.getByRole('form', { name: '筛选项目' });
  await filters.getByLabel('城市').selectOption(LIAOCHENG);
  await filters.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard\\?.*city=${LIAOCHENG}`));
  const liaocheng = expectedFigures(LIAOCHENG);
  expect(liaocheng.underway + liaocheng.done + liaocheng.planned).toBeLessThan(all.underway + all.done + all.planned);
  await expectFigures(page, liaocheng);

  // A figure is a link to the list behind it, filtered the same way.
  await page.getByRole('link', { name: /在建/ }).first().click();
  await expect(page).toHaveURL(/\/projects\?/);
  expect(new URL(page.url()).searchParams.get('city')).toBe(LIAOCHENG);
  expect(new URL(page.url()).searchParams.get('status')).toBe('underway');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(liaocheng.underway);
});

test('a click on a category bar opens the project list filtered to that category and stage', async ({ page }) => {
  await page.goto('/dashboard');
  const segment = page.getByTestId('category-chart').locator('rect[data-row="road"][data-stage="implementation"]');
  await expect(segment).toBeVisible();
  const expected = count(
    `select count(*) from projects p where ${PUBLIC} and p.category = 'road' and p.stage = 'implementation'`,
  );
  await expect(segment).toHaveAttribute('data-count', String(expected));
  await segment.click();
  await expect(page).toHaveURL(/\/projects\?category=road&stage=implementation$/);
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(expected);
});

test('the table alternative holds the same numbers as the chart', async ({ page }) => {
  await page.goto('/dashboard');
  const card = page.getByRole('region', { name: '各类别进展' });
  await expect(card.getByTestId('category-chart').locator('rect[data-stage]').first()).toBeVisible();
  await card.getByText('以表格查看这些数字').click();
  const table = card.getByRole('table', { name: '各类别项目数（按阶段）及平均实物进度' });
  await expect(table).toBeVisible();

  const segments = await card
    .getByTestId('category-chart')
    .locator('rect[data-stage]')
    .evaluateAll((rects) =>
      rects.map((r) => ({
        row: r.getAttribute('data-row')!,
        stage: r.getAttribute('data-stage')!,
        count: r.getAttribute('data-count')!,
      })),
    );
  expect(segments.length).toBeGreaterThan(3);
  for (const s of segments) {
    await expect(table.locator(`tr[data-row="${s.row}"] td[data-stage="${s.stage}"]`)).toHaveText(s.count);
    const inDb = count(
      `select count(*) from projects p where ${PUBLIC} and p.category = ? and p.stage = ?`,
      s.row,
      s.stage,
    );
    expect(Number(s.count)).toBe(inDb);
  }
  // And nothing in the table is missing from the chart.
  const nonZeroCells = await table
    .locator('td[data-stage]')
    .evaluateAll((cells) => cells.filter((c) => c.textContent !== '0').length);
  expect(nonZeroCells).toBe(segments.length);

  // Keyboard users reach the same lists through the table's links.
  const railTotal = count(`select count(*) from projects p where ${PUBLIC} and p.category = 'rail'`);
  await table.getByRole('link', { name: '铁路' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/projects\?category=rail$/);
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(railTotal);
});

test('export downloads the filtered list as CSV with a BOM and as JSON', async ({ page, request }) => {
  const expected = count(
    `select count(*) from projects p where ${PUBLIC} and exists (select 1 from project_cities pc join cities c on c.id = pc.city_id where pc.project_id = p.id and c.code = ?)`,
    LIAOCHENG,
  );

  await page.goto(`/dashboard?city=${LIAOCHENG}`);
  const link = page.getByRole('link', { name: '导出 CSV' });
  await expect(link).toHaveAttribute('href', `/dashboard/export?format=csv&city=${LIAOCHENG}`);

  const csv = await request.get(`/dashboard/export?format=csv&city=${LIAOCHENG}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(csv.headers()['content-disposition']).toContain('attachment');
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(expected);
  expect(Object.keys(rows[0])).toEqual([
    'code',
    'nameZh',
    'nameEn',
    'category',
    'stage',
    'health',
    'progress',
    'plannedStart',
    'plannedEnd',
    'actualStart',
    'actualEnd',
    'baselineStart',
    'baselineEnd',
    'slippageDays',
    'scheduleReason',
    'cities',
    'lastVerifiedAt',
  ]);
  for (const row of rows) expect(row.cities.split('|')).toContain(LIAOCHENG);
  expect(rows.map((r) => r.code)).not.toContain('TEST-DRAFT-PROJECT');

  const json = await (await request.get(`/dashboard/export?format=json&city=${LIAOCHENG}`)).json();
  expect(json.data).toHaveLength(expected);

  const bad = await request.get('/dashboard/export?format=xlsx');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain('format');
});
