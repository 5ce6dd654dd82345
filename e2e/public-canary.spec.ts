import { expect, test } from '@playwright/test';
import { CATEGORIES, HEALTHS, STAGE_GROUPS, STAGES } from '@/lib/enums';
import { recordUpdates } from '@/db/core/schema';
import { CANARY, CANARY_DRAFT_CODES, CANARY_HOST_CODE } from '@/seed/canary-fixtures';
import { appRoutes, expandRoute } from './support/app-routes';

// The staff/public line, tested from outside. The test seed puts a marker into every internal
// field and every draft or deleted record of every kind (seed/canary-fixtures.ts). This crawls
// every route the app's files declare, signed out and with a made-up session cookie, in both
// languages, each page also as its RSC payload, and fails on any answer holding the marker.

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const FILTERED = new Set([
  '/',
  '/projects',
  '/map',
  '/dashboard',
  '/api/v1/projects',
  '/dashboard/export',
  '/api/v1/oc4ids',
  '/feed.atom',
  '/feed.json',
]);
const FEEDS = ['/feed.atom', '/feed.json'];
// The pages kept as cached views get every pair of city and category too.
const CACHED_VIEWS = new Set(['/map', '/dashboard']);
const EVERY_ID = Array.from({ length: 12 }, (_, i) => String(i + 1));
const HIDDEN_CODES = Object.values(CANARY_DRAFT_CODES);
// Searches that find every hidden record in the index (their names, codes and texts hold these
// words), so only the public view's row rule keeps them out of the answers, and the internal
// note's words, which the index never holds.
const SEARCHES = [CANARY, '金丝雀', `${CANARY} name`, `${CANARY} internal note`, CANARY_DRAFT_CODES.project];
const SEARCHED = [
  '/search',
  '/projects',
  ...['projects', 'agreements', 'organizations', 'events', 'indicators', 'plans', 'cities'].map((k) => `/api/v1/${k}`),
];

type Visit = { url: string; language: 'zh' | 'en'; forged: boolean; rsc: boolean };

// Each address in both languages, signed out and with a forged cookie, as HTML and as RSC:
// four visits that pair every value of each with both values of the others.
const VARIANTS: Omit<Visit, 'url'>[] = [
  { language: 'zh', forged: false, rsc: false },
  { language: 'en', forged: true, rsc: false },
  { language: 'zh', forged: true, rsc: true },
  { language: 'en', forged: false, rsc: true },
];

async function json<T>(path: string): Promise<T> {
  const response = await fetch(BASE + path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function publishedCodes() {
  const list = async (path: string) => (await json<{ data: { code: string }[] }>(path)).data.map((r) => r.code);
  const projects = await list('/api/v1/projects?limit=500');
  const records = (
    await Promise.all(['agreements', 'organizations', 'events', 'indicators', 'plans'].map((k) => list(`/api/v1/${k}`)))
  ).flat();
  return { projects, records };
}

// One view per value of each filter, and, where asked, each city with each category.
function filterQueries(cities: string[], withPairs: boolean): string[] {
  const single = (
    [
      ['category', CATEGORIES],
      ['stage', STAGES],
      ['health', HEALTHS],
      ['status', STAGE_GROUPS],
      ['city', cities],
    ] as const
  ).flatMap(([key, values]) => values.map((v) => `${key}=${v}`));
  const pairs = cities.flatMap((city) => CATEGORIES.map((category) => `city=${city}&category=${category}`));
  return ['', ...single, ...(withPairs ? pairs : [])];
}

function startUrls(codes: Awaited<ReturnType<typeof publishedCodes>>, cities: string[]): string[] {
  const values = (param: string, pattern: string): string[] => {
    if (param === 'code')
      return pattern.includes('/records/') ? [...codes.records, ...HIDDEN_CODES] : [...codes.projects, ...HIDDEN_CODES];
    if (param === 'kind') return [...recordUpdates.recordKind.enumValues];
    if (param === 'id') return EVERY_ID;
    if (param === 'view') return ['all', 'city.371600', 'category.port'];
    if (param === 'rest') return ['no-such-page'];
    return [];
  };
  const urls = appRoutes().flatMap((route) =>
    expandRoute(route, values).flatMap((path) => {
      if (!FILTERED.has(path)) return [path];
      const queries = filterQueries(cities, CACHED_VIEWS.has(path)).map((q) => (q ? `${path}?${q}` : path));
      if (path === '/dashboard/export')
        return queries.flatMap((q) => ['csv', 'json'].map((f) => `${q}${q.includes('?') ? '&' : '?'}format=${f}`));
      return queries;
    }),
  );
  const mapPanels = [...codes.projects, ...HIDDEN_CODES].map((code) => `/map?project=${code}`);
  const projectFeeds = [...codes.projects, ...HIDDEN_CODES].flatMap((code) =>
    FEEDS.flatMap((feed) => [`${feed}?project=${code}`, `${feed}?project=${code}&lang=en`]),
  );
  const englishFeeds = FEEDS.map((feed) => `${feed}?lang=en`);
  // A project page with `before` is rendered per request rather than from the cache: its history
  // from the newest entry on, through the same public view.
  const historyPages = [...codes.projects, ...HIDDEN_CODES].map((code) => `/projects/${code}?before=${2 ** 53 - 1}`);
  const searches = SEARCHED.flatMap((path) => SEARCHES.map((q) => `${path}?q=${encodeURIComponent(q)}`));
  // The schedule views: the dashboard on a past day and compared with another, the list by slippage.
  const schedule = [
    '/dashboard?asOf=2021-12-01',
    '/dashboard?asOf=2030-01-01&compare=2021-12-01',
    '/dashboard?asOf=2030-01-01&city=371600',
    '/projects?sort=slippage',
    '/projects?sort=slippage&city=371600',
  ];
  return [
    ...new Set([
      ...urls,
      ...mapPanels,
      ...projectFeeds,
      ...englishFeeds,
      ...historyPages,
      ...searches,
      ...schedule,
      '/api/v1/projects?limit=5',
    ]),
  ];
}

// The next pages of lists and API answers, and older pages of a project's history, so paged views
// are crawled too.
function nextUrls(url: string, body: string): string[] {
  const found: string[] = [];
  for (const match of body.matchAll(/href="(\/(?!staff|login|_next)[^"#]*[?&;](?:after|before)=[^"#]*)"/g))
    found.push(match[1].replaceAll('&amp;', '&'));
  // A feed's next page (RFC 5005 in Atom, next_url in JSON Feed).
  for (const match of body.matchAll(/rel="next" href="([^"]+)"|"next_url":"([^"]+)"/g)) {
    const next = new URL((match[1] ?? match[2]).replaceAll('&amp;', '&'));
    found.push(next.pathname + next.search);
  }
  const cursor = /"nextCursor":\s*(\d+)/.exec(body);
  if (cursor && url.startsWith('/api/')) {
    const next = new URL(url, BASE);
    next.searchParams.set('cursor', cursor[1]);
    found.push(next.pathname + next.search);
  }
  return found;
}

async function visit({ url, language, forged, rsc }: Visit): Promise<{ status: number; type: string; body: string }> {
  const cookies = [
    `NEXT_LOCALE=${language}`,
    ...(forged ? ['tracker_session=forged-session-value-0123456789abcdef'] : []),
  ];
  const headers = { cookie: cookies.join('; '), ...(rsc ? { RSC: '1' } : {}) };
  let response = await fetch(BASE + url, { redirect: 'manual', headers });
  // Next sends an RSC request without its cache-busting parameter to the address with it.
  const location = response.headers.get('location');
  if (rsc && location?.includes('_rsc')) {
    await response.body?.cancel();
    response = await fetch(new URL(location, BASE + url), { redirect: 'manual', headers });
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

// A hidden record's own code, asked for in the address, may be echoed back (a 404's RSC payload
// carries the path it answers); anything else about it may not.
// So may a search's own words (the page says what was searched for): the marker standing alone,
// never followed by the dash that every hidden value carries after it.
function leak(url: string, body: string): string | null {
  let scanned = body;
  for (const code of HIDDEN_CODES)
    if (url.includes(code)) scanned = scanned.replaceAll(code, '').replaceAll(encodeURIComponent(code), '');
  if (new URL(url, BASE).searchParams.get('q')?.includes(CANARY))
    scanned = scanned.replace(new RegExp(`${CANARY}(?![-\\w])`, 'gi'), '');
  const at = scanned.toUpperCase().indexOf(CANARY);
  return at < 0 ? null : scanned.slice(Math.max(0, at - 80), at + 80);
}

test('no public answer holds anything internal or unpublished', async () => {
  test.setTimeout(600_000);
  const cities = (await json<{ data: { code: string }[] }>('/api/v1/cities')).data.map((c) => c.code);
  const codes = await publishedCodes();
  expect(codes.projects).toContain(CANARY_HOST_CODE);
  expect(codes.projects.some((c) => c.includes(CANARY))).toBe(false);

  const queue = startUrls(codes, cities);
  const seen = new Set(queue);
  const leaks: string[] = [];
  const served = new Map<string, number>();
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const variants = VARIANTS.map((v) => ({ ...v, url }));
      for (const variant of variants) {
        const { status, type, body } = await visit(variant);
        expect(status, `${url} answered ${status}`).toBeLessThan(500);
        if (status < 300) served.set(type.split(';')[0], (served.get(type.split(';')[0]) ?? 0) + 1);
        const found = leak(url, body);
        if (found)
          leaks.push(
            `${url} (${variant.language}${variant.forged ? ', forged cookie' : ''}${variant.rsc ? ', RSC' : ''}): …${found}…`,
          );
        if (variant === variants[0] && status === 200) {
          for (const next of nextUrls(url, body))
            if (!seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
        }
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  console.log(`crawled ${seen.size} addresses; answers by type:`, Object.fromEntries(served));
  // The crawl saw what it claims to: pages, their RSC payloads, JSON and CSV.
  for (const type of ['text/html', 'text/x-component', 'application/json', 'text/csv'])
    expect(served.get(type) ?? 0, type).toBeGreaterThan(50);
  for (const type of ['application/atom+xml', 'application/feed+json'])
    expect(served.get(type) ?? 0, type).toBeGreaterThan(50);
  expect(leaks, leaks.slice(0, 20).join('\n')).toEqual([]);
});

test('a health rating kept internal is in no public answer', async () => {
  type Row = { code: string; health: string | null };
  const list = await json<{ data: Row[] }>('/api/v1/projects?limit=500&city=371600');
  expect(list.data.find((p) => p.code === CANARY_HOST_CODE)?.health).toBeNull();
  const detail = await json<{ data: Row & { history: { changes: { field: string }[] }[] } }>(
    `/api/v1/projects/${CANARY_HOST_CODE}`,
  );
  expect(detail.data.health).toBeNull();
  const fields = detail.data.history.flatMap((h) => h.changes.map((c) => c.field));
  expect(fields).not.toContain('health');
  expect(fields).not.toContain('healthInternal');
  const exported = await json<{ data: Row[] }>('/dashboard/export?format=json&city=371600');
  expect(exported.data.find((p) => p.code === CANARY_HOST_CODE)?.health).toBeNull();
  for (const path of [
    '/api/v1/projects?health=at_risk',
    '/dashboard/export?format=csv&health=at_risk',
    '/projects?health=at_risk',
  ]) {
    const body = await (await fetch(BASE + path)).text();
    expect(body, path).not.toContain(CANARY_HOST_CODE);
  }
});
