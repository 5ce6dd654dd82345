import { expect, test, type APIRequestContext } from '@playwright/test';
import { createAdminToken } from './support/api-token';

// A bulk writer's journey through POST /api/v1/projects/batch against the production server:
// a hundred projects published and updated in one request, each answer's ETag the one a read
// then gives, an atomic batch with one stale version that writes nothing, and the same
// projects taken back to drafts, so the public pages are as the other specs expect them.

test.describe.configure({ mode: 'serial' });

const COUNT = 100;
const CODES = Array.from({ length: COUNT }, (_, i) => `BATCH-E2E-${String(i).padStart(3, '0')}`);
let token: string;

const headers = () => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
const etagOf = async (request: APIRequestContext, code: string) =>
  (await request.get(`/api/v1/projects/${code}`)).headers().etag;
const versionFrom = (etag: string) => Number(etag.replaceAll('"', ''));

test.beforeAll(async ({ request }) => {
  token = createAdminToken('batch writes');
  // The seed holds fewer than a hundred projects: these start as drafts no public page shows.
  for (const code of CODES) {
    const created = await request.post('/api/v1/projects', {
      headers: headers(),
      data: {
        code,
        nameZh: `批量测试项目${code.slice(-3)}`,
        category: 'industry',
        stage: 'preparation',
        cityCodes: ['370100'],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
  }
});

test('a batch of 100 updates lands, and each answer carries the ETag a read then gives', async ({ request }) => {
  for (const path of ['/dashboard', '/map']) {
    await request.get(path);
    expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');
  }
  const updates = CODES.map((code, i) => ({
    code,
    version: 1,
    fields: { publication: 'published', stage: 'implementation', progress: i },
    note: `batch e2e ${i}`,
  }));
  const started = performance.now();
  const res = await request.post('/api/v1/projects/batch', { headers: headers(), data: { updates } });
  const ms = performance.now() - started;
  expect(res.status()).toBe(200);
  const { data } = await res.json();
  console.log(`batch of ${COUNT} updates answered in ${ms.toFixed(0)} ms: ${Math.round((COUNT * 1000) / ms)}/s`);
  expect(data.failed).toEqual([]);
  expect(data.results).toHaveLength(COUNT);

  // Expired by the batch: rendered afresh, not the copy from before it.
  for (const path of ['/dashboard', '/map'])
    expect((await request.get(path)).headers()['x-nextjs-cache']).not.toBe('HIT');
  for (const [i, item] of (data.results as { code: string; status: number; etag: string }[]).entries()) {
    expect(item).toMatchObject({ code: CODES[i], status: 200, etag: '"2"' });
    const read = await request.get(`/api/v1/projects/${item.code}`);
    expect(read.headers().etag).toBe(item.etag);
    const project = (await read.json()).data;
    expect(project).toMatchObject({ progress: i, stage: 'implementation', version: 2 });
    expect(project.history[0]).toMatchObject({
      version: 2,
      changes: expect.arrayContaining([expect.objectContaining({ field: 'progress', to: i })]),
    });
  }
});

test('an atomic batch with one stale version writes nothing and names the update', async ({ request }) => {
  const etags = await Promise.all(CODES.map((code) => etagOf(request, code)));
  const updates = CODES.map((code, i) => ({
    code,
    version: i === 42 ? versionFrom(etags[i]) - 1 : versionFrom(etags[i]),
    fields: { progress: 50 },
    note: 'atomic batch e2e',
  }));
  const res = await request.post('/api/v1/projects/batch', { headers: headers(), data: { atomic: true, updates } });
  expect(res.status()).toBe(409);
  const { error } = await res.json();
  expect(error.failed).toEqual([42]);
  expect(error.message).toMatch(/^Nothing was written/);
  expect(error.results[42].status).toBe(412);
  expect(error.results[0].status).toBe(424);
  expect(await Promise.all(CODES.map((code) => etagOf(request, code)))).toEqual(etags);
});

test('the batch answers 401 without a token and 415 for a body that is not JSON', async ({ request }) => {
  const updates = [{ code: CODES[0], version: 2, fields: { progress: 1 }, note: 'x' }];
  const anonymous = await request.post('/api/v1/projects/batch', {
    headers: { 'content-type': 'application/json' },
    data: { updates },
  });
  expect(anonymous.status()).toBe(401);
  const text = await request.post('/api/v1/projects/batch', {
    headers: { ...headers(), 'content-type': 'text/plain' },
    data: JSON.stringify({ updates }),
  });
  expect(text.status()).toBe(415);
});

test('a second batch takes the projects back to drafts, and the public no longer sees them', async ({ request }) => {
  const etags = await Promise.all(CODES.map((code) => etagOf(request, code)));
  const updates = CODES.map((code, i) => ({
    code,
    version: versionFrom(etags[i]),
    fields: { publication: 'draft' },
    note: 'batch e2e done',
  }));
  const res = await request.post('/api/v1/projects/batch', { headers: headers(), data: { updates } });
  expect(res.status()).toBe(200);
  for (const code of CODES) expect((await request.get(`/api/v1/projects/${code}`)).status()).toBe(404);
});
