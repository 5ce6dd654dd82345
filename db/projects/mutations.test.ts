import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { fetchProjectByCode } from './queries';
import { fetchProjectHistory } from './project-history';
import type { Actor } from '@/lib/auth/permissions';
import { checkEvidence } from '@/db/evidence/check';
import { installTestDatabase } from '@/lib/test/test-database';
import { addMilestone, setMilestoneStatus } from '@/db/milestones/mutations';
import { createProject, deleteProject, setProjectPublication, updateProject } from './mutations';
import { insertTestActors, JINAN, ZIBO, type TestActors } from '@/db/accounts/test-actors';

const JINAN_ONLY = 'RAIL-HUANGTAI-CONNECTING-LINE';
const JINAN_ZIBO = 'RAIL-JINAN-ZIBO-TRANSIT';
const TABLES = ['projects', 'project_cities', 'project_updates', 'milestones', 'attachments'];

let db: TrackerDb;
let actors: TestActors;

function snapshot(): string {
  return JSON.stringify(TABLES.map((table) => db.$client.prepare(`select * from ${table} order by rowid`).all()));
}

function versionOf(code: string): number {
  return fetchProjectByCode('internal', code)!.project.version;
}

beforeEach(() => {
  process.env.EVIDENCE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-'));
  db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
});

describe('updateProject', () => {
  it('writes the change, bumps the version and records who, what and why in one entry', async () => {
    const before = fetchProjectByCode('internal', JINAN_ONLY)!.project;
    const result = await updateProject(
      actors.jinanEditor,
      JINAN_ONLY,
      before.version,
      { stage: 'completion', progress: 100 },
      'Opened to traffic',
    );
    expect(result.ok).toBe(true);
    const after = fetchProjectByCode('internal', JINAN_ONLY)!.project;
    expect(after).toMatchObject({ stage: 'completion', progress: 100, version: before.version + 1 });
    const [entry] = fetchProjectHistory('internal', after.id);
    expect(entry).toMatchObject({ version: before.version + 1, note: 'Opened to traffic', userName: 'jinan' });
    expect(entry.changes).toEqual([
      { field: 'stage', from: before.stage, to: 'completion' },
      { field: 'progress', from: before.progress, to: 100 },
    ]);
  });

  const matrix: [string, (a: TestActors) => Actor | null, string, boolean][] = [
    ['anonymous', () => null, JINAN_ONLY, false],
    ['a viewer', (a) => a.viewer, JINAN_ONLY, false],
    ['an editor of another city', (a) => a.ziboEditor, JINAN_ONLY, false],
    ['an editor of the city', (a) => a.jinanEditor, JINAN_ONLY, true],
    ['an editor of one of its cities', (a) => a.ziboEditor, JINAN_ZIBO, true],
    ['an admin', (a) => a.admin, JINAN_ONLY, true],
  ];
  for (const [who, pick, code, allowed] of matrix) {
    it(`${allowed ? 'lets' : 'refuses'} ${who} update, publish and delete ${code}`, async () => {
      const actor = pick(actors);
      const calls = [
        () => updateProject(actor, code, versionOf(code), { progress: 42 }, 'why'),
        () => setProjectPublication(actor, code, versionOf(code), 'draft', 'why'),
        () => addMilestone(actor, code, { titleZh: '通车', plannedOn: '2022-06' }),
        () => deleteProject(actor, code, versionOf(code), 'why'),
      ];
      for (const call of calls) {
        const before = snapshot();
        const result = await call();
        expect(result.ok, `${who}: ${JSON.stringify(result)}`).toBe(allowed);
        if (!allowed) {
          expect(result).toMatchObject({ status: 'forbidden' });
          expect(snapshot()).toBe(before);
        }
      }
    });
  }

  it('lets a city editor keep their own city but not move a project into another', async () => {
    const before = snapshot();
    const moved = await updateProject(
      actors.jinanEditor,
      JINAN_ONLY,
      versionOf(JINAN_ONLY),
      { cityCodes: [JINAN, ZIBO] },
      'extend',
    );
    expect(moved).toMatchObject({ ok: false, status: 'forbidden' });
    expect(snapshot()).toBe(before);
    const byAdmin = await updateProject(
      actors.admin,
      JINAN_ONLY,
      versionOf(JINAN_ONLY),
      { cityCodes: [JINAN, ZIBO] },
      'extend',
    );
    expect(byAdmin.ok).toBe(true);
    expect(fetchProjectByCode('internal', JINAN_ONLY)!.cities.map((c) => c.code)).toEqual([JINAN, ZIBO]);
  });

  it('refuses bad input at the field and writes nothing', async () => {
    const before = snapshot();
    const v = versionOf(JINAN_ONLY);
    const cases: [unknown, unknown, string][] = [
      [{ progress: 140 }, 'why', 'progress'],
      [{ plannedStart: '2022-05', plannedEnd: '2021' }, 'why', 'plannedEnd'],
      [{ cityCodes: ['999999'] }, 'why', 'cityCodes'],
      [{ nameZh: '  ' }, 'why', 'nameZh'],
      [{ progress: 10 }, '', 'note'],
      [{ colour: 'red' }, 'why', 'colour'],
    ];
    for (const [patch, note, field] of cases) {
      const result = await updateProject(actors.admin, JINAN_ONLY, v, patch, note);
      expect(result).toMatchObject({ ok: false, status: 'invalid' });
      expect(Object.keys((result as { errors: object }).errors)).toContain(field);
    }
    const endBeforeStored = await updateProject(actors.admin, JINAN_ONLY, v, { plannedStart: '2030' }, 'why');
    const stored = fetchProjectByCode('internal', JINAN_ONLY)!.project;
    expect(endBeforeStored.ok).toBe(stored.plannedEnd === null || stored.plannedEnd >= '2030');
    if (!endBeforeStored.ok) expect(snapshot()).toBe(before);
  });

  it('lets exactly one of two editors who loaded the same version save; the other sees what changed', async () => {
    const loaded = versionOf(JINAN_ONLY);
    const first = await updateProject(actors.jinanEditor, JINAN_ONLY, loaded, { progress: 60 }, 'first');
    const second = await updateProject(
      actors.jinanEditor2,
      JINAN_ONLY,
      loaded,
      { progress: 70, stage: 'completion' },
      'second',
    );
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, status: 'conflict' });
    if (second.ok || second.status !== 'conflict') throw new Error('expected a conflict');
    expect(second.current.project).toMatchObject({ progress: 60, version: loaded + 1 });
    expect(second.history).toHaveLength(1);
    expect(second.history[0]).toMatchObject({
      note: 'first',
      changes: [expect.objectContaining({ field: 'progress', to: 60 })],
    });
    expect(fetchProjectByCode('internal', JINAN_ONLY)!.project.stage).not.toBe('completion');
  });

  it('keeps a history that replays to the current state', async () => {
    const steps: Record<string, unknown>[] = [
      { stage: 'implementation', progress: 10 },
      { progress: 55, health: 'at_risk' },
      { actualStart: '2021-03', plannedEnd: '2023' },
      { stage: 'completion', progress: 100, actualEnd: '2023-01-15' },
    ];
    for (const step of steps)
      expect((await updateProject(actors.jinanEditor, JINAN_ONLY, versionOf(JINAN_ONLY), step, 'step')).ok).toBe(true);
    const { project } = fetchProjectByCode('internal', JINAN_ONLY)!;
    const replayed: Record<string, unknown> = {};
    for (const entry of [...fetchProjectHistory('internal', project.id)].reverse())
      for (const c of entry.changes) replayed[c.field] = c.to;
    for (const [field, value] of Object.entries(replayed))
      expect(project[field as keyof typeof project] ?? null, field).toEqual(value);
    expect(Object.keys(replayed)).toEqual(
      expect.arrayContaining(['stage', 'progress', 'health', 'actualStart', 'actualEnd']),
    );
  });

  it('soft-deletes: the project leaves every read but keeps its history', async () => {
    const { project } = fetchProjectByCode('internal', JINAN_ONLY)!;
    expect(deleteProject(actors.admin, JINAN_ONLY, project.version, 'duplicate').ok).toBe(true);
    expect(fetchProjectByCode('internal', JINAN_ONLY)).toBeNull();
    expect(db.$client.prepare('select deleted_at from projects where id = ?').get(project.id)).toMatchObject({
      deleted_at: expect.any(String),
    });
    expect(fetchProjectHistory('internal', project.id)[0].changes[0].field).toBe('deletedAt');
  });

  it('stores checked evidence with the update, beside the database, and never a mislabelled file', async () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082',
      'hex',
    );
    const checked = await checkEvidence('site.png', png);
    expect(checked.error).toBeUndefined();
    const result = await updateProject(actors.jinanEditor, JINAN_ONLY, versionOf(JINAN_ONLY), {}, 'photo of the site', [
      checked.evidence!,
    ]);
    expect(result.ok).toBe(true);
    const row = db.$client.prepare('select * from attachments').get() as {
      stored_name: string;
      mime_type: string;
      publication: string;
    };
    expect(row).toMatchObject({ mime_type: 'image/png', publication: 'draft' });
    expect(fs.existsSync(path.join(process.env.EVIDENCE_DIR!, row.stored_name))).toBe(true);
    expect(await checkEvidence('photo.png', Buffer.from('just some text, not a picture'))).toEqual({
      error: 'fileType',
    });
  });

  it('marks milestones met with an entry in the history', () => {
    const added = addMilestone(actors.jinanEditor, JINAN_ONLY, { titleZh: '主体完工', plannedOn: '2022-06' });
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(setMilestoneStatus(actors.ziboEditor, added.id, 1, { status: 'met' })).toMatchObject({
      status: 'forbidden',
    });
    expect(setMilestoneStatus(actors.jinanEditor, added.id, 1, { status: 'met', actualOn: '2022-05' }).ok).toBe(true);
    expect(setMilestoneStatus(actors.jinanEditor, added.id, 1, { status: 'not_met' })).toMatchObject({
      status: 'conflict',
    });
    const { project } = fetchProjectByCode('internal', JINAN_ONLY)!;
    expect(fetchProjectHistory('internal', project.id)[0].changes[0]).toMatchObject({
      field: 'milestone',
      to: '主体完工 (2022-06): met',
    });
  });
});

describe('createProject', () => {
  const input = {
    code: 'ROAD-TEST-NEW',
    nameZh: '测试新道路',
    category: 'road',
    stage: 'preparation',
    health: 'on_track',
    cityCodes: [JINAN],
  };

  it('creates a draft with a first history entry when the editor covers its cities', () => {
    expect(createProject(null, input)).toMatchObject({ status: 'forbidden' });
    expect(createProject(actors.viewer, input)).toMatchObject({ status: 'forbidden' });
    expect(createProject(actors.ziboEditor, input)).toMatchObject({ status: 'forbidden' });
    expect(db.$client.prepare("select count(*) n from projects where code = 'ROAD-TEST-NEW'").get()).toEqual({ n: 0 });
    const created = createProject(actors.jinanEditor, input, 'new');
    expect(created, JSON.stringify(created)).toMatchObject({ ok: true });
    const found = fetchProjectByCode('internal', 'ROAD-TEST-NEW')!;
    expect(found.project).toMatchObject({ publication: 'draft', version: 1 });
    expect(fetchProjectHistory('internal', found.project.id)[0].changes).toEqual(
      expect.arrayContaining([{ field: 'stage', from: null, to: 'preparation' }]),
    );
    expect(createProject(actors.admin, input)).toMatchObject({ status: 'invalid', errors: { code: ['codeTaken'] } });
  });

  it('refuses an unknown city, an empty name and a plan that ends before it starts', () => {
    const result = createProject(actors.admin, {
      ...input,
      code: 'ROAD-BAD',
      nameZh: '',
      cityCodes: ['123456'],
      plannedStart: '2022',
      plannedEnd: '2021-12',
    });
    expect(result).toMatchObject({ status: 'invalid' });
    expect(Object.keys((result as { errors: object }).errors).sort()).toEqual(['nameZh']);
    const dates = createProject(actors.admin, {
      ...input,
      code: 'ROAD-BAD',
      cityCodes: ['123456'],
      plannedStart: '2022',
      plannedEnd: '2021-12',
    });
    expect(Object.keys((dates as { errors: object }).errors).sort()).toEqual(['cityCodes', 'plannedEnd']);
  });
});
