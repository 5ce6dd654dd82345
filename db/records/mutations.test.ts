import { beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { fetchEditableRecord } from './editable';
import { fetchProjectByCode } from '@/db/projects/queries';
import { fetchProjectHistory } from '@/db/projects/project-history';
import type { Actor } from '@/lib/auth/permissions';
import type { RecordKind } from './validation';
import { installTestDatabase } from '@/lib/test/test-database';
import { createRecord, deleteRecord, updateRecord } from './mutations';
import { insertTestActors, JINAN, ZIBO, type TestActors } from '@/db/accounts/test-actors';

let db: TrackerDb;
let actors: TestActors;
const TABLES = [
  'agreements',
  'agreement_cities',
  'agreement_projects',
  'organizations',
  'organization_cities',
  'indicators',
  'events',
  'projects',
  'project_updates',
  'record_updates',
];
const snapshot = () => JSON.stringify(TABLES.map((x) => db.$client.prepare(`select * from ${x}`).all()));

const NEW: Record<RecordKind, Record<string, unknown>> = {
  agreement: { code: 'AGR-TEST', nameZh: '测试协议', type: 'cooperation', signedOn: '2022-01', cityCodes: [JINAN] },
  organization: { code: 'ORG-TEST', nameZh: '测试联盟', kind: 'alliance', cityCodes: [JINAN] },
  indicator: { code: 'IND-TEST', nameZh: '测试指标', value: '12.5', unitZh: '亿元', cityCodes: [JINAN] },
  event: { code: 'EVT-TEST', nameZh: '测试会议', kind: 'meeting', heldOn: '2022-03-01', cityCodes: [JINAN] },
};

beforeEach(() => {
  db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
});

describe.each(Object.keys(NEW) as RecordKind[])('%s mutations', (kind) => {
  const cases: [string, (a: TestActors) => Actor | null, boolean][] = [
    ['anonymous', () => null, false],
    ['a viewer', (a) => a.viewer, false],
    ['an editor of another city', (a) => a.ziboEditor, false],
    ['an editor of the city', (a) => a.jinanEditor, true],
    ['an admin', (a) => a.admin, true],
  ];
  for (const [who, pick, allowed] of cases) {
    it(`${allowed ? 'lets' : 'refuses'} ${who} create, edit, publish and delete`, () => {
      const owner = createRecord(actors.admin, kind, { ...NEW[kind], code: `${NEW[kind].code}-A` });
      expect(owner.ok).toBe(true);
      const code = `${NEW[kind].code}-A`;
      const version = () => fetchEditableRecord(kind, code)?.version ?? 0;
      const calls = [
        () => createRecord(pick(actors), kind, NEW[kind]),
        () => updateRecord(pick(actors), kind, code, version(), { nameZh: '改名' }),
        () => updateRecord(pick(actors), kind, code, version(), { publication: 'published' }),
        () => deleteRecord(pick(actors), kind, code, version()),
      ];
      for (const call of calls) {
        const before = snapshot();
        const result = call();
        expect(result.ok, `${who}: ${JSON.stringify(result)}`).toBe(allowed);
        if (!allowed) expect(snapshot()).toBe(before);
      }
      if (allowed) expect(fetchEditableRecord(kind, code)).toBeNull();
    });
  }

  it('refuses a stale version and keeps the first change', () => {
    createRecord(actors.admin, kind, NEW[kind]);
    const code = NEW[kind].code as string;
    expect(updateRecord(actors.jinanEditor, kind, code, 1, { nameZh: '第一' }).ok).toBe(true);
    const stale = updateRecord(actors.jinanEditor, kind, code, 1, { nameZh: '第二' });
    expect(stale).toMatchObject({ ok: false, status: 'conflict', current: { version: 2, state: { nameZh: '第一' } } });
  });

  it('writes a history entry with who, the version and each field from → to', () => {
    createRecord(actors.admin, kind, NEW[kind]);
    const code = NEW[kind].code as string;
    updateRecord(actors.jinanEditor, kind, code, 1, { nameZh: '第一' });
    const entries = db.$client
      .prepare(`select user_id as userId, version, changes from record_updates where record_kind = ? order by id`)
      .all(kind) as { userId: number; version: number; changes: string }[];
    expect(entries.map((e) => [e.userId, e.version])).toEqual([
      [actors.admin.id, 1],
      [actors.jinanEditor.id, 2],
    ]);
    expect(JSON.parse(entries[1].changes)).toEqual([{ field: 'nameZh', from: NEW[kind].nameZh, to: '第一' }]);
  });

  it('refuses an empty name and an unknown city at the field', () => {
    expect(createRecord(actors.admin, kind, { ...NEW[kind], nameZh: '', cityCodes: ['000000'] })).toMatchObject({
      status: 'invalid',
      errors: { nameZh: ['required'] },
    });
    expect(createRecord(actors.admin, kind, { ...NEW[kind], cityCodes: ['000000'] })).toMatchObject({
      status: 'invalid',
      errors: { cityCodes: ['unknownCity'] },
    });
  });
});

describe('linking agreements to projects', () => {
  it('records the link in the project history, only for projects the editor may update', () => {
    const JINAN_ONLY = 'RAIL-HUANGTAI-CONNECTING-LINE';
    expect(createRecord(actors.admin, 'agreement', NEW.agreement).ok).toBe(true);
    const before = snapshot();
    const zibo = createRecord(actors.ziboEditor, 'agreement', {
      ...NEW.agreement,
      code: 'AGR-ZIBO',
      cityCodes: [ZIBO],
      projectCodes: [JINAN_ONLY],
    });
    expect(zibo).toMatchObject({ status: 'forbidden' });
    expect(snapshot()).toBe(before);
    const project = fetchProjectByCode('internal', JINAN_ONLY)!.project;
    expect(updateRecord(actors.jinanEditor, 'agreement', 'AGR-TEST', 1, { projectCodes: [JINAN_ONLY] }).ok).toBe(true);
    const after = fetchProjectByCode('internal', JINAN_ONLY)!;
    expect(after.agreements.map((a) => a.code)).toContain('AGR-TEST');
    expect(after.project.version).toBe(project.version + 1);
    expect(fetchProjectHistory('internal', project.id)[0].changes[0]).toMatchObject({
      field: 'agreements',
      to: expect.arrayContaining(['AGR-TEST']),
    });
    expect(updateRecord(actors.jinanEditor, 'agreement', 'AGR-TEST', 2, { projectCodes: ['NO-SUCH'] })).toMatchObject({
      status: 'invalid',
    });
  });
});
