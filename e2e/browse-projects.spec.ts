import { expect, test } from '@playwright/test';

test('a visitor opens the project list, filters by category, opens a project and switches language', async ({
  page,
  request,
}) => {
  await page.goto('/projects');
  await expect(page.getByRole('heading', { level: 1, name: '项目' })).toBeVisible();

  const allRail = await (await request.get('/api/v1/projects?category=rail&limit=500')).json();
  expect(allRail.data.length).toBeGreaterThan(0);

  await page.getByLabel('类别').selectOption('rail');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/category=rail/);
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items).toHaveCount(allRail.data.length);
  for (const text of await items.allInnerTexts()) expect(text).toContain('铁路');

  const first = allRail.data[0];
  await page.getByRole('link', { name: first.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.name })).toBeVisible();
  await expect(page.getByText(first.sourceQuote)).toBeVisible();
  await expect(page.getByRole('heading', { name: '变更记录' })).toBeVisible();

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.nameEn })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The choice is remembered on the next page.
  await page.goto('/projects');
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await page.getByRole('button', { name: '切换到中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '项目' })).toBeVisible();
});

test('the open-data API filters projects and names a bad parameter', async ({ request }) => {
  const all = await (await request.get('/api/v1/projects?limit=500')).json();
  const jinan = await (await request.get('/api/v1/projects?city=370100&limit=500')).json();
  expect(jinan.data.length).toBeGreaterThan(0);
  expect(jinan.data.length).toBeLessThanOrEqual(all.data.length);
  for (const p of jinan.data) expect(p.cities).toContain('370100');

  const bad = await request.get('/api/v1/projects?stage=finished');
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error.message).toContain('stage');
  expect(body.error.allowed).toContain('implementation');

  const one = await request.get(`/api/v1/projects/${all.data[0].code}`);
  expect(one.status()).toBe(200);
  const detail = await one.json();
  expect(detail.data.history.length).toBeGreaterThan(0);
  expect(one.headers()['etag']).toBe(`"${detail.data.version}"`);

  for (const kind of ['agreements', 'organizations', 'cities', 'indicators', 'events']) {
    const res = await request.get(`/api/v1/${kind}`);
    expect(res.status()).toBe(200);
    expect((await res.json()).data.length).toBeGreaterThan(0);
  }
});

test('the public never sees a draft project or an internal note', async ({ page, request }) => {
  const list = await (await request.get('/api/v1/projects?limit=500')).text();
  expect(list).not.toContain('TEST-DRAFT-PROJECT');
  expect(list).not.toContain('INTERNAL-NOTE-FIXTURE');
  expect((await request.get('/api/v1/projects/TEST-DRAFT-PROJECT')).status()).toBe(404);
  await page.goto('/projects');
  await expect(page.getByText('测试草稿项目')).toHaveCount(0);
  const resp = await page.goto('/projects/TEST-DRAFT-PROJECT');
  expect(resp?.status()).toBe(404);
});
