import { beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { fetchProjectByCode } from './queries';
import { fetchProjectHistory } from './project-history';
import { PROJECT_CSV_COLUMNS } from './csv';
import { readProjectCsv } from './csv-import';
import { installTestDatabase } from '@/lib/test/test-database';
import { DRAFT_FIXTURE_CODE, seedTestFixtures } from '@/seed/test-fixtures';
import { importProjects } from './import';
import { insertTestActors, type TestActors } from '@/db/accounts/test-actors';

const HEADER = PROJECT_CSV_COLUMNS.join(',');
const EXISTING = 'RAIL-HUANGTAI-CONNECTING-LINE';
let db: TrackerDb;
let actors: TestActors;

function csvFor(...lines: string[]): string {
  return [HEADER, ...lines].join('\n');
}

function existingLine(overrides: Partial<Record<(typeof PROJECT_CSV_COLUMNS)[number], string>>): string {
  const { project, cities } = fetchProjectByCode('internal', EXISTING)!;
  const values: Record<string, string> = {
    code: project.code,
    nameZh: project.nameZh,
    nameEn: project.nameEn,
    category: project.category,
    stage: project.stage,
    health: project.health,
    progress: project.progress === null ? '' : String(project.progress),
    plannedStart: project.plannedStart ?? '',
    plannedEnd: project.plannedEnd ?? '',
    actualStart: project.actualStart ?? '',
    actualEnd: project.actualEnd ?? '',
    cities: cities.map((c) => c.code).join('|'),
    lastVerifiedAt: project.lastVerifiedAt ?? '',
    publication: project.publication,
    ...overrides,
  };
  return PROJECT_CSV_COLUMNS.map((c) => JSON.stringify(values[c])).join(',');
}

const NEW_LINE = 'ROAD-CSV-NEW,导入新道路,Imported road,road,preparation,on_track,,2022,2024,,,,,,,370100,,draft';
const snapshot = () =>
  JSON.stringify(
    ['projects', 'project_updates', 'project_cities'].map((x) => db.$client.prepare(`select * from ${x}`).all()),
  );

beforeEach(() => {
  db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
});

describe('CSV import', () => {
  it('refuses a file without the export columns', () => {
    expect(readProjectCsv('code,name\nA,B')).toMatchObject({ error: 'csvColumns' });
    expect(readProjectCsv('"unclosed')).toMatchObject({ error: 'csvUnreadable' });
  });

  it('dry-runs row by row without writing, then applies in one go with history', () => {
    const csv = csvFor(
      existingLine({ stage: 'completion', progress: '100' }),
      NEW_LINE,
      existingLine({}),
      'ROAD-CSV-BAD,,x,road,nowhere,on_track,140,,,,,,,,,999999,,draft',
    );
    const read = readProjectCsv(csv);
    if (!read.rows) throw new Error(read.error);
    const before = snapshot();
    const dry = importProjects(actors.jinanEditor, read.rows, 'quarterly check', { apply: false });
    expect(snapshot()).toBe(before);
    expect(dry.applied).toBe(false);
    expect(dry.rows.map((r) => r.action)).toEqual(['update', 'create', 'update', 'invalid']);
    expect(dry.rows[0]).toMatchObject({
      line: 2,
      changes: expect.arrayContaining([expect.objectContaining({ field: 'stage', to: 'completion' })]),
    });
    const bad = dry.rows[3] as { errors: Record<string, string[]> };
    expect(Object.keys(bad.errors).sort()).toEqual(['nameZh', 'progress', 'stage']);

    const good = readProjectCsv(csvFor(existingLine({ stage: 'completion', progress: '100' }), NEW_LINE)).rows!;
    const planned = importProjects(actors.jinanEditor, good, 'quarterly check', { apply: false });
    expect(planned.rows.map((r) => r.action)).toEqual(['update', 'create']);
    const versions = Object.fromEntries(planned.rows.map((r) => [r.code, 'version' in r ? r.version : 0]));
    const applied = importProjects(actors.jinanEditor, good, 'quarterly check', { apply: true, versions });
    expect(applied.applied).toBe(true);
    const updated = fetchProjectByCode('internal', EXISTING)!.project;
    expect(updated).toMatchObject({ stage: 'completion', progress: 100 });
    expect(fetchProjectHistory('internal', updated.id)[0]).toMatchObject({ note: 'quarterly check' });
    expect(fetchProjectByCode('internal', 'ROAD-CSV-NEW')!.project.plannedEnd).toBe('2024');
  });

  it('checks permission per row and applies nothing when one row is refused', () => {
    const rows = readProjectCsv(csvFor(NEW_LINE, existingLine({ progress: '5' }))).rows!;
    const before = snapshot();
    const report = importProjects(actors.ziboEditor, rows, 'zibo import', {
      apply: true,
      versions: { 'ROAD-CSV-NEW': 0, [EXISTING]: fetchProjectByCode('internal', EXISTING)!.project.version },
    });
    expect(report.applied).toBe(false);
    expect(report.rows.map((r) => r.action)).toEqual(['forbidden', 'forbidden']);
    expect(snapshot()).toBe(before);
  });

  it('refuses to apply over a change made since the dry run', () => {
    const rows = readProjectCsv(csvFor(existingLine({ progress: '5' }))).rows!;
    const report = importProjects(actors.admin, rows, 'late', { apply: true, versions: { [EXISTING]: 0 } });
    expect(report).toMatchObject({ applied: false, rows: [{ action: 'conflict' }] });
  });
});

describe('CSV import by a caller who may change no project', () => {
  const probe = () => readProjectCsv(csvFor(NEW_LINE.replace('ROAD-CSV-NEW', DRAFT_FIXTURE_CODE), NEW_LINE)).rows!;
  const modes = [{ apply: false }, { apply: true, versions: {} }] as const;

  it("gets the same refusal for a draft's code and an unknown one, from no data at all", () => {
    seedTestFixtures(db);
    const rows = probe();
    const refused = {
      applied: false,
      rows: [
        { line: 2, code: DRAFT_FIXTURE_CODE, action: 'forbidden' },
        { line: 3, code: 'ROAD-CSV-NEW', action: 'forbidden' },
      ],
    };
    const answers = () =>
      [null, actors.viewer].flatMap((actor) => modes.map((mode) => importProjects(actor, rows, 'probe', mode)));
    expect(answers()).toEqual(Array(4).fill(refused));
    // A closed database throws at any read: the refusal must come before one.
    db.$client.close();
    expect(answers()).toEqual(Array(4).fill(refused));
  });
});
