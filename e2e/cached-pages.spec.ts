import { expect, test } from '@playwright/test';
import { createAdminToken } from './support/api-token';
import { DEMO_ACCOUNTS, signIn } from './support/sign-in';

// Every public page comes from Next's full-route cache, one copy per language and view: the map,
// and for signed-out readers the dashboard, the home page, the project list's first pages and each
// project's page (proxy.ts, app/cached-views.ts).
const CACHED = [
  '/map',
  '/dashboard',
  '/dashboard?city=370300&category=',
  '/',
  '/projects',
  '/projects?city=370100&category=rail',
];
for (const path of [...CACHED, '/projects/RAIL-JINAN-ZHENGZHOU-HSR']) {
  test(`${path} is served from the cache in the reader's language`, async ({ request }) => {
    await request.get(path);
    const zh = await request.get(path);
    expect(zh.headers()['x-nextjs-cache']).toBe('HIT');
    expect(await zh.text()).toContain('<html lang="zh-CN"');
    const en = await request.get(path, { headers: { cookie: 'NEXT_LOCALE=en' } });
    expect(await en.text()).toContain('<html lang="en"');
  });
}

test('a selected project on the map is rendered for its request, not cached', async ({ request }) => {
  const response = await request.get('/map?project=RAIL-JINAN-ZHENGZHOU-HSR');
  expect(response.ok()).toBe(true);
  expect(response.headers()['x-nextjs-cache']).toBeUndefined();
});

test('a cached view cannot be asked for by its own address', async ({ request }) => {
  expect((await request.get('/map/cached-view/all')).status()).toBe(404);
  expect((await request.get('/dashboard/cached-view/city.370100')).status()).toBe(404);
  expect((await request.get('/projects/cached-view/project.RAIL-JINAN-ZHENGZHOU-HSR')).status()).toBe(404);
  expect((await request.get('/cached-view/home')).status()).toBe(404);
});

test('a later page of the project list is rendered for its request', async ({ request }) => {
  const response = await request.get('/projects?after=3');
  expect(response.ok()).toBe(true);
  expect(response.headers()['x-nextjs-cache']).toBeUndefined();
});

test("a write expires the written project's page and the lists, and leaves other projects' pages cached", async ({
  request,
}) => {
  const [written, other] = ['/projects/PORT-XIAOQING-ZIBO', '/projects/PORT-XIAOQING-DONGYING'];
  for (const path of [written, other, '/projects']) await request.get(path);
  for (const path of [written, other, '/projects'])
    expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');
  const etag = (await request.get('/api/v1/projects/PORT-XIAOQING-ZIBO')).headers().etag;
  const patched = await request.patch('/api/v1/projects/PORT-XIAOQING-ZIBO', {
    headers: { authorization: `Bearer ${createAdminToken('cache expiry')}`, 'if-match': etag },
    data: { progress: 63, note: '缓存失效测试' },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  expect((await request.get(other)).headers()['x-nextjs-cache']).toBe('HIT');
  for (const path of [written, '/projects']) {
    const fresh = await request.get(path);
    expect(fresh.headers()['x-nextjs-cache'], path).not.toBe('HIT');
  }
  await expect(async () => {
    const page = await (await request.get(written)).text();
    expect(page).toContain('63%');
  }).toPass();
});

test('switching language on the cached dashboard keeps the address and its filters', async ({ page }) => {
  await page.goto('/dashboard?city=370300');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/dashboard\?city=370300$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/dashboard/i);
  await page.getByRole('button', { name: '切换到中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a signed-in reader gets the dashboard rendered for them, drafts included, never the public copy', async ({
  page,
}) => {
  await page.goto('/dashboard');
  await expect(page.getByText('显示已发布的数据。')).toBeVisible();
  const { email, password } = DEMO_ACCOUNTS.viewer;
  await signIn(page, email, password);
  const response = await page.goto('/dashboard');
  expect(response?.headers()['x-nextjs-cache']).toBeUndefined();
  await expect(page.getByText('您已登录：数字包含草稿。')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('signed-in-dashboard.png') });
});
