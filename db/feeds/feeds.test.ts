import { XMLParser } from 'fast-xml-parser';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertTestActors, type TestActors } from '@/db/accounts/test-actors';
import type { TrackerDb } from '@/db/core/connection';
import { fetchProjectByCode } from '@/db/projects/queries';
import { updateProject } from '@/db/projects/mutations';
import type { FeedQuery } from '@/lib/feeds/feed-query';
import { FEED_PAGE_SIZE } from '@/lib/feeds/feed-settings';
import { installEveryKindDatabase } from '@/lib/test/every-kind-database';
import { CANARY } from '@/seed/canary-fixtures';
import { fetchFeedDocument } from './feed-document';

const BASE = 'http://localhost:3000';
const ZIBO_PROJECT = 'RAIL-JINAN-ZIBO-TRANSIT';
let db: TrackerDb;
let actors: TestActors;

beforeEach(() => {
  db = installEveryKindDatabase();
  actors = insertTestActors(db);
});

const query = (q: Partial<FeedQuery> = {}): FeedQuery => ({ filters: {}, lang: 'zh', ...q });
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
type AtomEntry = { id: string; title: string; link: { rel: string; href: string }[] };

function atom(q: FeedQuery) {
  const doc = fetchFeedDocument('atom', q, BASE)!;
  const feed = xml.parse(doc.body).feed;
  const entries: AtomEntry[] = feed.entry ? [feed.entry].flat() : [];
  const links: { rel: string; href: string }[] = [feed.link].flat();
  return { doc, feed, entries, links };
}

function json(q: FeedQuery) {
  return JSON.parse(fetchFeedDocument('json', q, BASE)!.body) as {
    version: string;
    next_url?: string;
    items: { id: string; title: string; _jinan_circle: { project: string } }[];
  };
}

async function writeProgress(code: string, progress: number) {
  const { project } = fetchProjectByCode('internal', code)!;
  const result = await updateProject(actors.admin, code, project.version, { progress }, 'feed test');
  expect(result.ok).toBe(true);
}

// Each builds a database with every kind of record first: slow on a busy machine.
describe('the change feeds', { timeout: 30_000 }, () => {
  it('read back as Atom and JSON Feed 1.1, with the same entries, newest first, and stable ids', () => {
    const first = atom(query());
    const again = atom(query());
    expect(first.entries.length).toBe(FEED_PAGE_SIZE);
    expect(again.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    expect(first.entries[0].id).toMatch(/^tag:jinan-circle-tracker\.invalid,2021:project-update:\d+$/);
    const items = json(query()).items;
    expect(json(query()).version).toBe('https://jsonfeed.org/version/1.1');
    expect(items.map((i) => i.id)).toEqual(first.entries.map((e) => e.id));
    const numbers = items.map((i) => Number(i.id.split(':').pop()));
    expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);
    expect(first.doc.etag).toBe(again.doc.etag);
  });

  it('gives the same ids after a restart: they come from the setting and the history, not the process', () => {
    const before = json(query()).items.map((i) => i.id);
    // A new connection and an empty memory of rendered feeds, as a restarted server has.
    installEveryKindDatabase();
    expect(json(query()).items.map((i) => i.id)).toEqual(before);
    process.env.FEED_TAG_AUTHORITY = 'tracker.example.org';
    try {
      expect(json(query({ lang: 'en' })).items[0].id).toMatch(/^tag:tracker\.example\.org,2021:project-update:\d+$/);
    } finally {
      delete process.env.FEED_TAG_AUTHORITY;
    }
  });

  it('pages with a next link that starts after the last entry, in both formats', () => {
    const { links, entries } = atom(query());
    const next = links.find((l) => l.rel === 'next')!.href;
    const nextUrl = new URL(next);
    const before = Number(nextUrl.searchParams.get('before'));
    expect(before).toBe(Number(entries[entries.length - 1].id.split(':').pop()));
    expect(json(query()).next_url).toBe(next.replace('/feed.atom', '/feed.json'));
    const second = atom(query({ before }));
    expect(Number(second.entries[0].id.split(':').pop())).toBeLessThan(before);
  });

  it('links each entry to its project page and its OC4IDS package', () => {
    const [entry] = atom(query()).entries;
    const rels = Object.fromEntries(entry.link.map((l) => [l.rel, l.href]));
    expect(rels.alternate).toMatch(`${BASE}/projects/`);
    expect(rels.related).toBe(rels.alternate.replace('/projects/', '/api/v1/oc4ids/'));
  });

  it('puts a change at the top of the feeds that follow its project, and of no other', async () => {
    await writeProgress(ZIBO_PROJECT, 37);
    const top = (q: FeedQuery) => json(q).items[0];
    for (const followed of [
      query(),
      query({ filters: { city: '370300' } }),
      query({ filters: { category: 'rail' } }),
      query({ project: ZIBO_PROJECT }),
    ]) {
      expect(top(followed)._jinan_circle.project).toBe(ZIBO_PROJECT);
      expect(top(followed).title).toContain('进度：');
      expect(top(followed).title).toContain('→ 37%');
    }
    for (const other of [
      query({ filters: { city: '371600' } }),
      query({ filters: { category: 'road' } }),
      query({ project: 'PORT-XIAOQING-JINAN' }),
    ])
      expect(json(other).items.map((i) => i._jinan_circle.project)).not.toContain(ZIBO_PROJECT);
    expect(json(query({ lang: 'en' })).items[0].title).toContain('Progress:');
  });

  it('changes its ETag after a write, and never shows staff-only changes or unpublished records', async () => {
    const before = fetchFeedDocument('atom', query(), BASE)!.etag;
    await writeProgress(ZIBO_PROJECT, 38);
    expect(fetchFeedDocument('atom', query(), BASE)!.etag).not.toBe(before);
    let q: FeedQuery | null = query();
    while (q) {
      const page = fetchFeedDocument('json', q, BASE)!.body;
      expect(page).not.toContain(CANARY);
      expect(page).not.toContain('internalNote');
      const next: string | undefined = JSON.parse(page).next_url;
      q = next ? query({ before: Number(new URL(next).searchParams.get('before')) }) : null;
    }
    expect(fetchFeedDocument('atom', query({ project: `${CANARY}-DRAFT-PROJECT` }), BASE)).toBeNull();
  });
});
