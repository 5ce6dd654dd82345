import { revalidateTag } from 'next/cache';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { insertTestActors, JINAN, type TestActors } from '@/db/accounts/test-actors';
import * as t from '@/db/core/schema';
import type { Actor } from '@/lib/auth/permissions';
import { hashToken } from '@/lib/auth/session-token';
import { DASHBOARD_STANDING_TAG, DASHBOARD_TAG } from '@/lib/cache-tags';
import { installTestDatabase } from '@/lib/test/test-database';
import { GET as listProjects, POST } from '../route';
import { GET, PATCH } from './route';

vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }));

const CODE = 'RAIL-HUANGTAI-CONNECTING-LINE';
let db: TrackerDb;
let actors: TestActors;

function tokenFor(actor: Actor): string {
  const token = `token-${actor.id}`;
  db.insert(t.apiTokens)
    .values({ tokenHash: hashToken(token), userId: actor.id, label: 'test' })
    .onConflictDoNothing()
    .run();
  return token;
}

function patch(body: unknown, headers: Record<string, string>, code = CODE) {
  const request = new Request(`http://localhost/api/v1/projects/${code}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return PATCH(request, { params: Promise.resolve({ code }) });
}

async function currentVersion(): Promise<number> {
  const res = await GET(new Request(`http://localhost/api/v1/projects/${CODE}`), {
    params: Promise.resolve({ code: CODE }),
  });
  return Number(res.headers.get('etag')!.replaceAll('"', ''));
}

function rows(): string {
  return JSON.stringify(
    ['projects', 'project_updates', 'project_cities'].map((table) =>
      db.$client.prepare(`select * from ${table}`).all(),
    ),
  );
}

beforeEach(() => {
  db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
});

describe('PATCH /api/v1/projects/{code}', () => {
  it('updates with the version from the ETag and answers with the new record and ETag', async () => {
    const v = await currentVersion();
    const res = await patch(
      { stage: 'completion', progress: 100, note: 'done' },
      { authorization: `Bearer ${tokenFor(actors.jinanEditor)}`, 'if-match': `"${v}"` },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${v + 1}"`);
    const body = await res.json();
    expect(body.data).toMatchObject({ code: CODE, stage: 'completion', progress: 100, version: v + 1 });
    expect(body.data).not.toHaveProperty('history');
    const read = await (
      await GET(new Request(`http://localhost/api/v1/projects/${CODE}`), { params: Promise.resolve({ code: CODE }) })
    ).json();
    expect(read.data.history[0].changes).toContainEqual(expect.objectContaining({ field: 'progress', to: 100 }));
  });

  it('expires the figures progress does not enter only when more than progress changed', async () => {
    const auth = { authorization: `Bearer ${tokenFor(actors.jinanEditor)}` };
    const expired = () => vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag);
    vi.mocked(revalidateTag).mockClear();
    let v = await currentVersion();
    expect((await patch({ progress: 33, note: 'progress' }, { ...auth, 'if-match': `"${v}"` })).status).toBe(200);
    expect(expired()).toContain(DASHBOARD_TAG);
    expect(expired()).not.toContain(DASHBOARD_STANDING_TAG);
    vi.mocked(revalidateTag).mockClear();
    v = await currentVersion();
    const both = { progress: 34, health: 'off_track', note: 'both' };
    expect((await patch(both, { ...auth, 'if-match': `"${v}"` })).status).toBe(200);
    expect(expired()).toContain(DASHBOARD_STANDING_TAG);
  });

  it('answers each refusal with its status and writes nothing', async () => {
    const v = await currentVersion();
    const editor = { authorization: `Bearer ${tokenFor(actors.jinanEditor)}` };
    const before = rows();
    const cases: [Promise<Response>, number][] = [
      [patch({ progress: 50, note: 'x' }, { 'if-match': `"${v}"` }), 401],
      [patch({ progress: 50, note: 'x' }, { authorization: 'Bearer not-a-token', 'if-match': `"${v}"` }), 401],
      [
        patch(
          { progress: 50, note: 'x' },
          { authorization: `Bearer ${tokenFor(actors.viewer)}`, 'if-match': `"${v}"` },
        ),
        403,
      ],
      [
        patch(
          { progress: 50, note: 'x' },
          { authorization: `Bearer ${tokenFor(actors.ziboEditor)}`, 'if-match': `"${v}"` },
        ),
        403,
      ],
      [patch({ progress: 50, note: 'x' }, { ...editor }), 428],
      [patch({ progress: 50, note: 'x' }, { ...editor, 'if-match': `"${v - 1 || 99}"` }), 412],
      [patch({ progress: 140, note: 'x' }, { ...editor, 'if-match': `"${v}"` }), 400],
      [patch({ progres: 50, note: 'x' }, { ...editor, 'if-match': `"${v}"` }), 400],
      [patch('{"progress": ', { ...editor, 'if-match': `"${v}"` }), 400],
      [patch({ progress: 50, note: 'x' }, { ...editor, 'if-match': `"${v}"`, 'content-type': 'text/plain' }), 415],
      [patch({ progress: 50, note: 'x'.repeat(70_000) }, { ...editor, 'if-match': `"${v}"` }), 413],
      [patch({ progress: 50, note: 'x' }, { ...editor, 'if-match': '"1"' }, 'NO-SUCH-PROJECT'), 404],
    ];
    for (const [response, status] of cases) expect((await response).status).toBe(status);
    expect(rows()).toBe(before);
  });

  it('shows an update in the open-data list as soon as it is acknowledged', async () => {
    const listed = async () =>
      (
        (await (await listProjects(new NextRequest('http://localhost/api/v1/projects?limit=500'))).json()).data as {
          code: string;
          progress: number;
        }[]
      ).find((p) => p.code === CODE)!.progress;
    expect(await listed()).not.toBe(77);
    const v = await currentVersion();
    expect(
      (
        await patch(
          { progress: 77, note: 'x' },
          { authorization: `Bearer ${tokenFor(actors.jinanEditor)}`, 'if-match': `"${v}"` },
        )
      ).status,
    ).toBe(200);
    expect(await listed()).toBe(77);
  });

  it('names the invalid fields and the current version', async () => {
    const v = await currentVersion();
    const auth = { authorization: `Bearer ${tokenFor(actors.admin)}` };
    const bad = await (
      await patch({ progress: 140, plannedEnd: 'soon', colour: 'red', note: 'x' }, { ...auth, 'if-match': `"${v}"` })
    ).json();
    expect(Object.keys(bad.error.fields).sort()).toEqual(['colour', 'plannedEnd', 'progress']);
    expect(bad.error.fields.progress[0]).toMatch(/0 to 100/);
    await patch({ progress: 10, note: 'first' }, { ...auth, 'if-match': `"${v}"` });
    const stale = await patch({ progress: 20, note: 'second' }, { ...auth, 'if-match': `"${v}"` });
    expect(stale.status).toBe(412);
    const body = await stale.json();
    expect(body.error).toMatchObject({
      currentVersion: v + 1,
      changesSince: [expect.objectContaining({ note: 'first' })],
    });
  });
});

describe('PATCH with a schedule', () => {
  it("needs a reason for a moved forecast end, and a baseline is an admin's", async () => {
    const editor = { authorization: `Bearer ${tokenFor(actors.jinanEditor)}` };
    let v = await currentVersion();
    const set = await patch({ plannedEnd: '2024-06', note: 'plan' }, { ...editor, 'if-match': `"${v}"` });
    expect(set.status).toBe(200);
    v = await currentVersion();
    const before = rows();
    const moved = await patch({ plannedEnd: '2025-06', note: 'later' }, { ...editor, 'if-match': `"${v}"` });
    expect(moved.status).toBe(400);
    expect((await moved.json()).error.fields.scheduleReason[0]).toMatch(/Choose why the forecast end/);
    const baseline = await patch({ baselineEnd: '2024-06', note: 'x' }, { ...editor, 'if-match': `"${v}"` });
    expect(baseline.status).toBe(403);
    expect(rows()).toBe(before);
    const ok = await patch(
      { plannedEnd: '2025-06', scheduleReason: 'approvals', note: 'later' },
      { ...editor, 'if-match': `"${v}"` },
    );
    expect(ok.status).toBe(200);
    const list = await (await listProjects(new NextRequest('http://localhost/api/v1/projects?limit=500'))).json();
    expect(list.data.find((p: { code: string }) => p.code === CODE).schedule).toMatchObject({
      forecastEnd: '2025-06',
      baselineEnd: null,
      latestReason: 'approvals',
    });
  });
});

describe('POST /api/v1/projects', () => {
  const post = (body: unknown, actor: Actor | null) =>
    POST(
      new Request('http://localhost/api/v1/projects', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: {
          'content-type': 'application/json',
          ...(actor ? { authorization: `Bearer ${tokenFor(actor)}` } : {}),
        },
      }),
    );
  const project = {
    code: 'ROAD-API-NEW',
    nameZh: '接口新建道路',
    category: 'road',
    stage: 'preparation',
    health: 'on_track',
    cityCodes: [JINAN],
  };

  it('creates for an editor of the city, refuses everyone else', async () => {
    expect((await post(project, null)).status).toBe(401);
    expect((await post(project, actors.viewer)).status).toBe(403);
    expect((await post(project, actors.ziboEditor)).status).toBe(403);
    expect((await post({ ...project, nameZh: '' }, actors.jinanEditor)).status).toBe(400);
    const created = await post(project, actors.jinanEditor);
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect((await created.json()).data).toMatchObject({ code: 'ROAD-API-NEW', publication: 'draft' });
    expect((await post(project, actors.admin)).status).toBe(400);
  });
});
