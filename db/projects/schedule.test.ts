import { beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { insertTestActors, type TestActors } from '@/db/accounts/test-actors';
import { installTestDatabase } from '@/lib/test/test-database';
import { LATE_AFTER_DAYS } from '@/lib/schedule/slippage';
import { updateProjects } from './batch-update';
import { readProjectCsv } from './csv-import';
import { PROJECT_CSV_COLUMNS } from './csv';
import { importProjects } from './import';
import { createProject, updateProject } from './mutations';
import { fetchProjectByCode } from './queries';
import { fetchProjectHistory } from './project-history';

// The schedule discipline through every write path: the staff form and the API share
// updateProject, the batch endpoint updateProjects, the CSV import importProjects.

const CODE = 'RAIL-HUANGTAI-CONNECTING-LINE';
let db: TrackerDb;
let actors: TestActors;

const project = () => fetchProjectByCode('internal', CODE)!.project;
const tables = () =>
  JSON.stringify(
    ['projects', 'project_updates', 'tally_days'].map((x) => db.$client.prepare(`select * from ${x}`).all()),
  );

// Planned 2022–2024 and then put into implementation, which fixes the baseline.
async function underway() {
  const planned = await updateProject(
    actors.jinanEditor,
    CODE,
    project().version,
    { stage: 'preparation', plannedStart: '2022-03', plannedEnd: '2024-06-30' },
    'plan approved',
  );
  expect(planned.ok).toBe(true);
  const started = await updateProject(
    actors.jinanEditor,
    CODE,
    project().version,
    { stage: 'implementation' },
    'work began',
  );
  expect(started.ok).toBe(true);
}

beforeEach(async () => {
  db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
  await underway();
});

describe('baselines and forecasts', () => {
  it('fixes the baseline from the forecast when the project enters implementation', () => {
    expect(project()).toMatchObject({
      baselineStart: '2022-03',
      baselineEnd: '2024-06-30',
      slippageDays: 0,
      late: false,
    });
  });

  it('refuses a moved forecast end without a reason, at the field, writing nothing', async () => {
    const before = tables();
    const result = await updateProject(
      actors.jinanEditor,
      CODE,
      project().version,
      { plannedEnd: '2025-06-30' },
      'later',
    );
    expect(result).toEqual({ ok: false, status: 'invalid', errors: { scheduleReason: ['reasonRequired'] } });
    expect(tables()).toBe(before);
  });

  it('refuses an unknown reason code, an end before its start and an impossible date', async () => {
    const version = project().version;
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ plannedEnd: '2025-06-30', scheduleReason: 'weather' }, { scheduleReason: ['choose'] }],
      [{ plannedEnd: '2021-01', scheduleReason: 'funding' }, { plannedEnd: ['endBeforeStart'] }],
      [{ plannedEnd: '30/06/2025', scheduleReason: 'funding' }, { plannedEnd: ['dateFormat'] }],
      [{ plannedEnd: '2025-02-30', scheduleReason: 'funding' }, { plannedEnd: ['dateFormat'] }],
    ];
    for (const [patch, errors] of cases) {
      const before = tables();
      const result = await updateProject(actors.jinanEditor, CODE, version, patch, 'why');
      expect(result, JSON.stringify(patch)).toEqual({ ok: false, status: 'invalid', errors });
      expect(tables()).toBe(before);
    }
  });

  it('moves the forecast with a reason: slippage, late, and both kept in the history', async () => {
    const result = await updateProject(
      actors.jinanEditor,
      CODE,
      project().version,
      { plannedEnd: '2024-12-31', scheduleReason: 'land_relocation' },
      'relocation of 40 households not finished',
    );
    expect(result.ok).toBe(true);
    expect(project()).toMatchObject({
      slippageDays: 184,
      late: 184 > LATE_AFTER_DAYS,
      scheduleReason: 'land_relocation',
    });
    const [entry] = fetchProjectHistory('internal', project().id);
    expect(entry.note).toBe('relocation of 40 households not finished');
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'plannedEnd', from: '2024-06-30', to: '2024-12-31' },
        { field: 'scheduleReason', from: null, to: 'land_relocation' },
        { field: 'slippageDays', from: 0, to: 184 },
      ]),
    );
    // The public reads the reason and the slippage, never the note.
    const [shown] = fetchProjectHistory('public', project().id);
    expect(shown.changes).toEqual(entry.changes);
    expect(JSON.stringify(shown)).not.toContain('households');
  });

  it('keeps a repeated reason in the history each time it is given', async () => {
    for (const end of ['2024-09-30', '2024-12-31']) {
      const r = await updateProject(
        actors.jinanEditor,
        CODE,
        project().version,
        { plannedEnd: end, scheduleReason: 'funding' },
        'x',
      );
      expect(r.ok).toBe(true);
    }
    const reasons = fetchProjectHistory('internal', project().id).flatMap((h) =>
      h.changes.filter((c) => c.field === 'scheduleReason'),
    );
    expect(reasons).toHaveLength(2);
  });

  it('lets only an admin re-baseline, with a reason, and keeps the original plan in the history', async () => {
    const rebaseline = { baselineEnd: '2025-06-30', scheduleReason: 'scope_change' };
    const before = tables();
    expect(await updateProject(actors.jinanEditor, CODE, project().version, rebaseline, 'x')).toEqual({
      ok: false,
      status: 'forbidden',
    });
    expect(tables()).toBe(before);
    expect(await updateProject(actors.admin, CODE, project().version, { baselineEnd: '2025-06-30' }, 'x')).toEqual({
      ok: false,
      status: 'invalid',
      errors: { scheduleReason: ['reasonRequired'] },
    });
    expect((await updateProject(actors.admin, CODE, project().version, rebaseline, 'new scope approved')).ok).toBe(
      true,
    );
    expect(project()).toMatchObject({ baselineEnd: '2025-06-30', slippageDays: -365 });
    const changes = fetchProjectHistory('public', project().id).flatMap((h) => h.changes);
    expect(changes).toContainEqual({ field: 'baselineEnd', from: '2024-06-30', to: '2025-06-30' });
    expect(changes).toContainEqual({ field: 'baselineEnd', from: null, to: '2024-06-30' });
  });

  it('refuses an editor setting a baseline on a new project', () => {
    const input = { code: 'ROAD-NEW', nameZh: '新路', category: 'road', stage: 'preparation', cityCodes: ['370100'] };
    expect(createProject(actors.jinanEditor, { ...input, baselineEnd: '2026' })).toEqual({
      ok: false,
      status: 'forbidden',
    });
    expect(createProject(actors.admin, { ...input, baselineEnd: '2026' }).ok).toBe(true);
  });

  it('holds the batch endpoint and the CSV import to the same rule', async () => {
    const version = project().version;
    const batch = await updateProjects(
      actors.jinanEditor,
      [{ code: CODE, version, fields: { plannedEnd: '2025' }, note: 'x' }],
      { atomic: true },
    );
    expect(batch.results[0]).toEqual({ ok: false, status: 'invalid', errors: { scheduleReason: ['reasonRequired'] } });

    const p = project();
    const cells: Record<string, string> = {
      code: CODE,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      category: p.category,
      stage: p.stage,
      health: p.health,
      plannedStart: p.plannedStart ?? '',
      plannedEnd: '2025-03',
      baselineStart: p.baselineStart ?? '',
      baselineEnd: p.baselineEnd ?? '',
      cities: '370100',
      publication: p.publication,
    };
    const csv = (reason: string) =>
      [
        PROJECT_CSV_COLUMNS.join(','),
        PROJECT_CSV_COLUMNS.map((c) => (c === 'scheduleReason' ? reason : (cells[c] ?? ''))).join(','),
      ].join('\n');
    const refused = importProjects(actors.jinanEditor, readProjectCsv(csv('')).rows!, 'import', { apply: false });
    expect(refused.rows[0]).toMatchObject({ action: 'invalid', errors: { scheduleReason: ['reasonRequired'] } });
    const accepted = importProjects(actors.jinanEditor, readProjectCsv(csv('approvals')).rows!, 'import', {
      apply: true,
      versions: { [CODE]: version },
    });
    expect(accepted.applied).toBe(true);
    expect(project()).toMatchObject({ plannedEnd: '2025-03', scheduleReason: 'approvals' });
  });
});
