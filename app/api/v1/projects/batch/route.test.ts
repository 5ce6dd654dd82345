import { revalidateTag } from 'next/cache';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { insertTestActors, type TestActors } from '@/db/accounts/test-actors';
import { MAX_BATCH_BYTES, MAX_BATCH_UPDATES } from '@/db/projects/api-batch';
import * as t from '@/db/core/schema';
import type { Actor } from '@/lib/auth/permissions';
import { hashToken } from '@/lib/auth/session-token';
import { DASHBOARD_STANDING_TAG, DASHBOARD_TAG, PUBLIC_DATA_TAG } from '@/lib/cache-tags';
import { snapshotDatabase } from '@/lib/test/db-snapshot';
import { installTestDatabase } from '@/lib/test/test-database';
import { GET, PATCH } from '../[code]/route';
import { POST } from './route';

vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }));

const JINAN_ONLY = 'RAIL-HUANGTAI-CONNECTING-LINE';
const JINAN_AIRPORT = 'AIR-JINAN-YAOQIANG-PHASE-2';
const JINAN_PORT = 'PORT-XIAOQING-JINAN';
const ZIBO_ONLY = 'PORT-XIAOQING-ZIBO';

let db: TrackerDb;
let actors: TestActors;
let editor: Record<string, string>;

function tokenFor(actor: Actor): string {
  const token = `token-${actor.id}`;
  db.insert(t.apiTokens)
    .values({ tokenHash: hashToken(token), userId: actor.id, label: 'test' })
    .onConflictDoNothing()
    .run();
  return token;
}

function post(body: unknown, headers: Record<string, string> = editor) {
  return POST(
    new Request('http://localhost/api/v1/projects/batch', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

async function read(code: string): Promise<Response> {
  return GET(new Request(`http://localhost/api/v1/projects/${code}`), { params: Promise.resolve({ code }) });
}

const versionOf = async (code: string) => Number((await read(code)).headers.get('etag')!.replaceAll('"', ''));
const expiries = () => vi.mocked(revalidateTag).mock.calls.filter(([tag]) => tag === PUBLIC_DATA_TAG).length;

beforeEach(() => {
  db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
  editor = { authorization: `Bearer ${tokenFor(actors.jinanEditor)}` };
  vi.mocked(revalidateTag).mockClear();
});

describe('POST /api/v1/projects/batch', () => {
  it('answers 200 with each update as the single write answers it, and expires the cached pages once', async () => {
    const codes = [JINAN_ONLY, JINAN_AIRPORT, JINAN_PORT];
    const versions = await Promise.all(codes.map(versionOf));
    const res = await post({
      updates: codes.map((code, i) => ({ code, version: versions[i], fields: { progress: 60 + i }, note: 'batch' })),
    });
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data).toMatchObject({ atomic: false, failed: [] });
    for (const [i, code] of codes.entries()) {
      const item = data.results[i];
      expect(item).toMatchObject({ code, status: 200, etag: `"${versions[i] + 1}"` });
      expect(item.body.data).toMatchObject({ code, progress: 60 + i, version: versions[i] + 1 });
      const current = await read(code);
      expect(current.headers.get('etag')).toBe(item.etag);
      expect((await current.json()).data.history[0]).toMatchObject({
        version: versions[i] + 1,
        changes: [expect.objectContaining({ field: 'progress', to: 60 + i })],
      });
    }
    expect(expiries()).toBe(1);
  });

  it('keeps the figures progress does not enter through a batch that changed progress alone', async () => {
    const expired = () => vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag);
    const progressOnly = { code: JINAN_ONLY, version: await versionOf(JINAN_ONLY), fields: { progress: 61 } };
    expect((await post({ updates: [{ ...progressOnly, note: 'progress' }] })).status).toBe(200);
    expect(expired()).toContain(DASHBOARD_TAG);
    expect(expired()).not.toContain(DASHBOARD_STANDING_TAG);

    vi.mocked(revalidateTag).mockClear();
    const health = { code: JINAN_AIRPORT, version: await versionOf(JINAN_AIRPORT), fields: { health: 'at_risk' } };
    const progress = { code: JINAN_PORT, version: await versionOf(JINAN_PORT), fields: { progress: 62 } };
    expect((await post({ updates: [health, progress].map((u) => ({ ...u, note: 'mixed' })) })).status).toBe(200);
    expect(expired()).toEqual(expect.arrayContaining([DASHBOARD_TAG, DASHBOARD_STANDING_TAG]));
  });

  it('answers 207 when some updates are refused, each with the status and body of a single write', async () => {
    const [v0, v1, v2, v3] = await Promise.all([JINAN_ONLY, JINAN_AIRPORT, ZIBO_ONLY, JINAN_PORT].map(versionOf));
    const updates = [
      { code: JINAN_ONLY, version: v0, fields: { stage: 'completion' }, note: 'done' },
      { code: JINAN_AIRPORT, version: v1 + 3, fields: { progress: 5 }, note: 'stale' },
      { code: ZIBO_ONLY, version: v2, fields: { progress: 5 }, note: 'not mine' },
      { code: JINAN_PORT, version: v3, fields: { progress: 140, colour: 'red' }, note: 'bad' },
      { code: JINAN_PORT.toLowerCase(), version: 1, fields: { progress: 5 }, note: 'no such' },
      { code: 'RAIL-JINAN-LAIWU-HSR', version: 1, fields: {}, note: undefined },
    ];
    const res = await post({ updates });
    expect(res.status).toBe(207);
    const { data } = await res.json();
    expect(data.results.map((r: { status: number }) => r.status)).toEqual([200, 412, 403, 400, 404, 400]);
    expect(data.failed).toEqual([1, 2, 3, 4, 5]);
    expect(data.results[3].body.error.fields).toHaveProperty('progress');
    expect(data.results[3].body.error.fields).toHaveProperty('colour');
    expect(data.results[1].body.error).toMatchObject({ currentVersion: v1 });
    expect(Object.keys(data.results[5].body.error.fields)).toEqual(['note']);

    // Sent one at a time, the refused updates get the very same answers.
    for (const i of [1, 2, 3, 4, 5]) {
      const { code, version, fields, note } = updates[i];
      const single = await PATCH(
        new Request(`http://localhost/api/v1/projects/${code}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'if-match': `"${version}"`, ...editor },
          body: JSON.stringify({ ...fields, note }),
        }),
        { params: Promise.resolve({ code }) },
      );
      expect(data.results[i]).toEqual({ code, status: single.status, body: await single.json() });
    }
    expect(await versionOf(JINAN_ONLY)).toBe(v0 + 1);
    expect(expiries()).toBe(1);
  });

  it('writes nothing of an atomic batch with a refusal, and says which updates were refused', async () => {
    const [v0, v1] = await Promise.all([JINAN_ONLY, ZIBO_ONLY].map(versionOf));
    const before = snapshotDatabase(db);
    const res = await post({
      atomic: true,
      updates: [
        { code: JINAN_ONLY, version: v0, fields: { progress: 70 }, note: 'fine' },
        { code: ZIBO_ONLY, version: v1, fields: { progress: 70 }, note: 'not mine' },
        { code: JINAN_AIRPORT, version: 0, fields: { progress: 70 }, note: 'stale' },
      ],
    });
    expect(res.status).toBe(409);
    const { error } = await res.json();
    expect(error.message).toMatch(/^Nothing was written: .*updates 1, 2,/);
    expect(error.failed).toEqual([1, 2]);
    expect(error.results.map((r: { status: number }) => r.status)).toEqual([424, 403, 412]);
    expect(error.results[0]).not.toHaveProperty('etag');
    expect(snapshotDatabase(db)).toBe(before);
    expect(expiries()).toBe(0);
  });

  it('refuses a viewer and an editor of another city per update, with 403', async () => {
    for (const actor of [actors.viewer, actors.ziboEditor]) {
      const auth = { authorization: `Bearer ${tokenFor(actor)}` };
      const version = await versionOf(JINAN_ONLY);
      const before = snapshotDatabase(db);
      const res = await post({ updates: [{ code: JINAN_ONLY, version, fields: { progress: 3 }, note: 'x' }] }, auth);
      expect(res.status).toBe(207);
      expect((await res.json()).data.results[0]).toMatchObject({ status: 403, body: { error: { status: 403 } } });
      expect(snapshotDatabase(db)).toBe(before);
    }
    expect(expiries()).toBe(0);
  });

  it('refuses a batch it cannot read as a whole, naming the problem, and writes nothing', async () => {
    const v = await versionOf(JINAN_ONLY);
    const one = { code: JINAN_ONLY, version: v, fields: { progress: 5 }, note: 'x' };
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...one, code: `CODE-${i}` }));
    const before = snapshotDatabase(db);
    const cases: [Promise<Response>, number, RegExp][] = [
      [post({ updates: [one] }, {}), 401, /Bearer/],
      [post({ updates: [one] }, { authorization: 'Bearer not-a-token' }), 401, /Bearer/],
      [post({ updates: [one] }, { ...editor, 'content-type': 'text/plain' }), 415, /application\/json/],
      [post({ updates: [{ ...one, note: 'x'.repeat(MAX_BATCH_BYTES) }] }), 413, /at most 1048576 bytes/],
      [post({ updates: many(MAX_BATCH_UPDATES + 1) }), 413, /at most 1000 updates; this one has 1001/],
      [post('{"updates": ['), 400, /not valid JSON/],
      [post([one]), 400, /JSON object/],
      [post({}), 400, /^updates must be an array/],
      [post({ updates: { 0: one } }), 400, /^updates must be an array/],
      [post({ updates: [] }), 400, /^updates is empty/],
      [post({ updates: [one, 'x'] }), 400, /^updates\[1\] must be an object/],
      [post({ updates: [{ ...one, code: undefined }] }), 400, /^updates\[0\]\.code is missing/],
      [post({ updates: [{ ...one, version: undefined }] }), 400, /^updates\[0\]\.version is missing/],
      [post({ updates: [{ ...one, version: '"3"' }] }), 400, /^updates\[0\]\.version is missing or not a whole/],
      [post({ updates: [{ ...one, version: 2.5 }] }), 400, /^updates\[0\]\.version/],
      [post({ updates: [{ ...one, fields: [1] }] }), 400, /^updates\[0\]\.fields must be an object/],
      [post({ updates: [{ ...one, progress: 5 }] }), 400, /^updates\[0\] has an unknown key "progress"/],
      [post({ updates: [one], atomic: 'yes' }), 400, /^atomic must be true or false/],
      [post({ updates: [one], dryRun: true }), 400, /^The body has an unknown key "dryRun"/],
      [post({ updates: [one, { ...one }] }), 400, /^updates\[1\]\.code "RAIL-.*" is also updates\[0\]\.code/],
    ];
    for (const [response, status, message] of cases) {
      const res = await response;
      expect(res.status).toBe(status);
      const { error } = await res.json();
      expect(error.status).toBe(status);
      expect(error.message).toMatch(message);
    }
    expect(snapshotDatabase(db)).toBe(before);
    expect(expiries()).toBe(0);
  });

  it('lists every problem of a malformed batch, not only the first', async () => {
    const res = await post({ updates: [{ code: 1, fields: {} }, { code: JINAN_ONLY }] });
    const { error } = await res.json();
    expect(error.message).toMatch(/\(and 3 more problems\)$/);
    expect(error.problems).toEqual([
      expect.stringMatching(/^updates\[0\]\.code /),
      expect.stringMatching(/^updates\[0\]\.version /),
      expect.stringMatching(/^updates\[1\]\.version /),
      expect.stringMatching(/^updates\[1\]\.fields /),
    ]);
  });
});
