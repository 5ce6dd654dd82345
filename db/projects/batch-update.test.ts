import { beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { insertTestActors, type TestActors } from '@/db/accounts/test-actors';
import { snapshotDatabase } from '@/lib/test/db-snapshot';
import { installTestDatabase } from '@/lib/test/test-database';
import { updateProjects, type ProjectUpdate } from './batch-update';
import { updateProject } from './mutations';
import { fetchProjectByCode } from './queries';
import { fetchProjectHistory } from './project-history';

const JINAN_ONLY = 'RAIL-HUANGTAI-CONNECTING-LINE';
const JINAN_AIRPORT = 'AIR-JINAN-YAOQIANG-PHASE-2';
const JINAN_PORT = 'PORT-XIAOQING-JINAN';
const ZIBO_ONLY = 'PORT-XIAOQING-ZIBO';

let db: TrackerDb;
let actors: TestActors;

const versionOf = (code: string) => fetchProjectByCode('internal', code)!.project.version;
const historyOf = (code: string) => fetchProjectHistory('internal', fetchProjectByCode('internal', code)!.project.id);
const update = (code: string, fields: Record<string, unknown>, note: unknown = 'batch', version = versionOf(code)) =>
  ({ code, version, fields, note }) satisfies ProjectUpdate;

beforeEach(() => {
  db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
});

// One update of each kind: written, stale version, another city's project, invalid, unknown code.
function mixedBatch(): ProjectUpdate[] {
  return [
    update(JINAN_ONLY, { stage: 'completion', progress: 100 }, 'opened'),
    update(JINAN_AIRPORT, { progress: 40 }, 'stale', versionOf(JINAN_AIRPORT) + 5),
    update(ZIBO_ONLY, { progress: 10 }),
    update(JINAN_PORT, { progress: 140 }),
    update('NO-SUCH-PROJECT', { progress: 10 }, 'x', 1),
  ];
}

describe('updateProjects', () => {
  it('writes what it may and refuses the rest, each update as a single write would', async () => {
    const before = Object.fromEntries([JINAN_AIRPORT, ZIBO_ONLY, JINAN_PORT].map((c) => [c, versionOf(c)]));
    const start = versionOf(JINAN_ONLY);
    const { committed, results } = await updateProjects(actors.jinanEditor, mixedBatch(), { atomic: false });
    expect(committed).toBe(true);
    expect(results.map((r) => (r.ok ? 'ok' : r.status))).toEqual([
      'ok',
      'conflict',
      'forbidden',
      'invalid',
      'not_found',
    ]);
    expect(results[0]).toMatchObject({ ok: true, record: { project: { version: start + 1, progress: 100 } } });
    expect(results[3]).toMatchObject({ errors: { progress: ['progressRange'] } });
    expect(versionOf(JINAN_ONLY)).toBe(start + 1);
    for (const [code, version] of Object.entries(before)) expect(versionOf(code)).toBe(version);
    expect(historyOf(JINAN_ONLY)[0]).toMatchObject({ version: start + 1, note: 'opened', userName: 'jinan' });
  });

  it('rolls back every update of an atomic batch with a refusal, and still says what each was', async () => {
    const before = snapshotDatabase(db);
    const { committed, results } = await updateProjects(actors.jinanEditor, mixedBatch(), { atomic: true });
    expect(committed).toBe(false);
    expect(results.map((r) => (r.ok ? 'ok' : r.status))).toEqual([
      'ok',
      'conflict',
      'forbidden',
      'invalid',
      'not_found',
    ]);
    expect(snapshotDatabase(db)).toBe(before);
  });

  it('writes one history entry per changed project, exactly as a single write does', async () => {
    const codes = [JINAN_ONLY, JINAN_AIRPORT, JINAN_PORT];
    const fields = { stage: 'completion', health: 'at_risk', progress: 95, plannedEnd: '2031-06' };
    const versions = codes.map(versionOf);
    const entriesBefore = codes.map((c) => historyOf(c).length);

    // What a single write records, then undone, for comparison.
    db.$client.exec('SAVEPOINT single');
    const single = await updateProject(actors.jinanEditor, JINAN_ONLY, versions[0], fields, 'checked on site');
    expect(single.ok).toBe(true);
    const singleEntry = historyOf(JINAN_ONLY)[0];
    db.$client.exec('ROLLBACK TO single; RELEASE single');

    const { committed, results } = await updateProjects(
      actors.jinanEditor,
      codes.map((code) => update(code, fields, 'checked on site')),
      { atomic: true },
    );
    expect(committed).toBe(true);
    codes.forEach((code, i) => {
      expect(results[i]).toMatchObject({ ok: true, record: { project: { version: versions[i] + 1 } } });
      expect(versionOf(code)).toBe(versions[i] + 1);
      const history = historyOf(code);
      expect(history.length).toBe(entriesBefore[i] + 1);
      expect(history[0]).toMatchObject({ version: versions[i] + 1, note: 'checked on site', userName: 'jinan' });
    });
    const recorded = ({ version, changes, note, userName }: typeof singleEntry) => ({
      version,
      changes,
      note,
      userName,
    });
    expect(recorded(historyOf(JINAN_ONLY)[0])).toEqual(recorded(singleEntry));
  });

  it('leaves a project it would not change as it is: no new version, no history entry', async () => {
    const current = fetchProjectByCode('internal', JINAN_ONLY)!.project;
    const entries = historyOf(JINAN_ONLY).length;
    const { results } = await updateProjects(
      actors.jinanEditor,
      [update(JINAN_ONLY, { stage: current.stage, progress: current.progress })],
      { atomic: false },
    );
    expect(results[0]).toMatchObject({ ok: true, record: { project: { version: current.version } } });
    expect(historyOf(JINAN_ONLY).length).toBe(entries);
  });

  it('refuses a viewer every update, and an editor each project outside their cities', async () => {
    const before = snapshotDatabase(db);
    const batch = [update(JINAN_ONLY, { progress: 55 }), update(ZIBO_ONLY, { progress: 55 })];
    for (const actor of [actors.viewer, null]) {
      const outcome = await updateProjects(actor, batch, { atomic: false });
      expect(outcome.results).toEqual([
        { ok: false, status: 'forbidden' },
        { ok: false, status: 'forbidden' },
      ]);
    }
    expect(snapshotDatabase(db)).toBe(before);

    const zibo = await updateProjects(actors.ziboEditor, batch, { atomic: false });
    expect(zibo.results.map((r) => (r.ok ? 'ok' : r.status))).toEqual(['forbidden', 'ok']);
    expect(fetchProjectByCode('internal', JINAN_ONLY)!.project.progress).not.toBe(55);
    expect(fetchProjectByCode('internal', ZIBO_ONLY)!.project.progress).toBe(55);
  });

  it('checks a change of publication per update, as a single write does', async () => {
    const draft = update(JINAN_PORT, { publication: 'draft' }, 'withdrawn');
    expect((await updateProjects(actors.ziboEditor, [draft], { atomic: false })).results[0]).toMatchObject({
      status: 'forbidden',
    });
    const admin = await updateProjects(actors.admin, [draft, update(ZIBO_ONLY, { progress: 12 })], { atomic: true });
    expect(admin.committed).toBe(true);
    expect(fetchProjectByCode('internal', JINAN_PORT)!.project.publication).toBe('draft');
  });
});
