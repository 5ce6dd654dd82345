import { expect, test, type APIRequestContext } from '@playwright/test';
import { createAdminToken, patchProject } from './support/api-token';

// A reader of a project with a long history sees its newest changes first and pages back
// through older ones, on the public page and on the staff page's copy of the same list.

test.describe.configure({ mode: 'serial' });

const CODE = 'HISTORY-E2E-PAGED';
const WRITES = 25;
let token: string;

const patch = (request: APIRequestContext, fields: Record<string, unknown>, note: string) =>
  patchProject(request, token, CODE, fields, note);

test.beforeAll(async ({ request }) => {
  token = createAdminToken('history reader');
  const created = await request.post('/api/v1/projects', {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    data: {
      code: CODE,
      nameZh: '变更记录分页测试项目',
      category: 'culture',
      stage: 'preparation',
      cityCodes: ['370900'],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await patch(request, { publication: 'published' }, 'publish');
  for (let i = 1; i <= WRITES; i++) await patch(request, { progress: i }, `history e2e ${i}`);
});

test.afterAll(async ({ request }) => {
  await patch(request, { publication: 'draft' }, 'back to draft');
});

test('the newest changes come first, and older ones are a link away and back', async ({ page }) => {
  await page.goto(`/projects/${CODE}`);
  const history = page.getByRole('region', { name: '变更记录' });
  const entries = history.getByRole('list').first().locator(':scope > li');
  await expect(entries).toHaveCount(20);
  await expect(entries.first()).toContainText('进度：24% → 25%');
  await expect(entries.last()).toContainText('进度：5% → 6%');

  await history.getByRole('link', { name: '更早的变更 →' }).click();
  await expect(page).toHaveURL(/\?before=\d+#history$/);
  await expect(entries.first()).toContainText('进度：4% → 5%');
  // The first five writes, then whatever of the publishing and creation the public may see.
  expect(await entries.count()).toBeGreaterThanOrEqual(WRITES - 20);
  await expect(entries.nth(WRITES - 21)).toContainText('进度：（空） → 1%');
  await expect(history.getByRole('link', { name: '更早的变更 →' })).toHaveCount(0);

  await history.getByRole('link', { name: '← 最新变更' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${CODE}#history$`));
  await expect(entries.first()).toContainText('进度：24% → 25%');
});

test('a bad page of the history is named, and the newest changes are shown', async ({ page }) => {
  await page.goto(`/projects/${CODE}?before=abc`);
  const history = page.getByRole('region', { name: '变更记录' });
  await expect(history.getByRole('alert')).toContainText('before');
  await expect(history.getByRole('list').first().locator(':scope > li')).toHaveCount(20);
});
