import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { packageProblems } from '@/lib/oc4ids/validation/validate-package';
import { createAdminToken, patchProject } from './support/api-token';

// A reader follows the change feeds and takes the OC4IDS export, from outside, against the
// production server: the feeds read back with a feed parser, answer 304 to a conditional request,
// and a change written through the API appears at the top of the feeds that follow its project
// and of no other. The project is made here and taken back to a draft at the end.

test.describe.configure({ mode: 'serial' });

const CODE = 'FEED-E2E-ZIBO-CULTURE';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
let token: string;

type AtomLink = { rel?: string; href: string; type?: string };
type AtomEntry = { id: string; title: string | { '#text': string }; link: AtomLink | AtomLink[] };
// The parser keeps an element with attributes (title type="html") as an object.
const titleOf = (entry: AtomEntry) => (typeof entry.title === 'string' ? entry.title : entry.title['#text']);

async function atom(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type']).toContain('application/atom+xml');
  const feed = xml.parse(await res.text()).feed;
  return { res, feed, entries: (feed.entry ? [feed.entry].flat() : []) as AtomEntry[] };
}

async function jsonFeed(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type']).toContain('application/feed+json');
  return (await res.json()) as {
    version: string;
    next_url?: string;
    items: { id: string; title: string; url: string }[];
  };
}

const patch = (request: APIRequestContext, fields: Record<string, unknown>) =>
  patchProject(request, token, CODE, fields, 'feed e2e');

test.beforeAll(async ({ request }) => {
  token = createAdminToken('feed reader');
  const created = await request.post('/api/v1/projects', {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    data: {
      code: CODE,
      nameZh: '订阅测试文化项目',
      nameEn: 'Feed test culture project',
      category: 'culture',
      stage: 'preparation',
      cityCodes: ['370300'],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
});

test('the feeds read back as Atom and JSON Feed 1.1 with the same stable ids, paged', async ({ request }) => {
  const first = await atom(request, '/feed.atom');
  const again = await atom(request, '/feed.atom');
  expect(first.entries.length).toBeGreaterThan(0);
  expect(again.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
  for (const entry of first.entries) expect(entry.id).toMatch(/^tag:[a-z0-9.-]+,2021:project-update:\d+$/);
  const json = await jsonFeed(request, '/feed.json');
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items.map((i) => i.id)).toEqual(first.entries.map((e) => e.id));
  const english = await jsonFeed(request, '/feed.json?lang=en');
  expect(english.items.map((i) => i.id)).toEqual(json.items.map((i) => i.id));
  const links = [first.feed.link].flat() as AtomLink[];
  expect(links.find((l) => l.rel === 'self')?.href).toMatch(/\/feed\.atom$/);
  const next = links.find((l) => l.rel === 'next');
  if (next) {
    const page = await atom(request, new URL(next.href).pathname + new URL(next.href).search);
    expect(page.entries.map((e) => e.id)).not.toContain(first.entries[0].id);
  }
});

test('a conditional request is answered 304 while nothing changed', async ({ request }) => {
  for (const path of ['/feed.atom?city=370300', '/feed.json?category=rail']) {
    const res = await request.get(path);
    const { etag, 'last-modified': lastModified } = res.headers();
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await request.get(path, { headers: { 'if-none-match': etag } })).status()).toBe(304);
    expect((await request.get(path, { headers: { 'if-none-match': '"other"' } })).status()).toBe(200);
    if (lastModified)
      expect((await request.get(path, { headers: { 'if-modified-since': lastModified } })).status()).toBe(304);
  }
  expect((await request.get('/feed.atom?city=999')).status()).toBe(400);
  expect((await request.get('/feed.json?project=NO-SUCH-PROJECT')).status()).toBe(404);
});

test('a change through the API tops the feeds that follow its project, and no other', async ({ request }) => {
  const followed = [
    '/feed.atom',
    '/feed.atom?city=370300',
    '/feed.atom?category=culture',
    `/feed.atom?project=${CODE}`,
  ];
  const others = ['/feed.atom?city=371600', '/feed.atom?category=rail', '/feed.atom?project=PORT-XIAOQING-JINAN'];
  const before = (await request.get(followed[1])).headers().etag;
  await patch(request, { publication: 'published' });
  await patch(request, { progress: 42 });
  // Cached until a write: the write changed the answer and its validator.
  const after = await request.get(followed[1], { headers: { 'if-none-match': before } });
  expect(after.status()).toBe(200);
  for (const path of followed) {
    const [top] = (await atom(request, path)).entries;
    const links = [top.link].flat();
    expect(links.find((l) => l.rel === 'alternate')?.href, path).toMatch(new RegExp(`/projects/${CODE}$`));
    expect(links.find((l) => l.rel === 'related')?.href, path).toMatch(new RegExp(`/api/v1/oc4ids/${CODE}$`));
    expect(titleOf(top)).toContain('进度：');
    expect(titleOf(top)).toContain('42%');
  }
  const english = await jsonFeed(request, `/feed.json?project=${CODE}&lang=en`);
  expect(english.items[0].title).toBe('Feed test culture project: Progress: (empty) → 42%');
  for (const path of others) {
    const { entries } = await atom(request, path);
    expect(entries.map((e) => JSON.stringify(e.link)).join(), path).not.toContain(CODE);
  }
});

test('every OC4IDS package the API answers validates, whole, filtered and per project', async ({ request }) => {
  const whole = await request.get('/api/v1/oc4ids');
  expect(whole.status()).toBe(200);
  const data = await whole.json();
  expect(packageProblems(data)).toEqual([]);
  const codes = (data.projects as { identifiers: { id: string }[] }[]).map((p) => p.identifiers[0].id);
  expect(codes).toContain(CODE);
  for (const path of ['/api/v1/oc4ids?city=370300', '/api/v1/oc4ids?category=culture&stage=preparation']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(packageProblems(await res.json()), path).toEqual([]);
  }
  for (const code of codes) {
    const res = await request.get(`/api/v1/oc4ids/${code}`);
    expect(res.status(), code).toBe(200);
    expect(packageProblems(await res.json()), code).toEqual([]);
  }
  expect((await request.get('/api/v1/oc4ids?category=nope')).status()).toBe(400);
  expect((await request.get('/api/v1/oc4ids/NO-SUCH-PROJECT')).status()).toBe(404);
});

test('the pages announce their feeds in the head and link them', async ({ page }) => {
  for (const path of ['/map', '/dashboard', '/projects?city=370300', `/projects/${CODE}`]) {
    await page.goto(path);
    const announced = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(announced, path).toHaveCount(1);
    await expect(page.locator('head link[rel="alternate"][type="application/feed+json"]'), path).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Atom 订阅' }).first(), path).toBeVisible();
  }
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    new RegExp(`/feed\\.atom\\?project=${CODE}$`),
  );
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1, name: '开放数据' })).toBeVisible();
  await expect(page.getByRole('link', { name: '/api/v1/oc4ids?city=370300' })).toBeVisible();
});

test.afterAll(async ({ request }) => {
  await patch(request, { publication: 'draft' });
  expect((await request.get(`/api/v1/projects/${CODE}`)).status()).toBe(404);
});
