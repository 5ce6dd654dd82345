import { beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import * as t from '@/db/core/schema';
import { insertTestActors, type TestActors } from '@/db/accounts/test-actors';
import { installTestDatabase } from '@/lib/test/test-database';
import { fetchProjectsForWrite } from './bulk-read';
import { deleteProject } from './mutations';
import { fetchProjectByCode } from './queries';

let db: TrackerDb;
let actors: TestActors;

beforeEach(() => {
  db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
});

describe('fetchProjectsForWrite', () => {
  it('reads every project of a batch exactly as the one-project read does, links included', () => {
    const codes = db
      .select({ code: t.projects.code })
      .from(t.projects)
      .all()
      .map((row) => row.code);
    const records = fetchProjectsForWrite(codes);
    const linked = [...records.values()].filter((r) => r.agreements.length && r.plans.length && r.districts.length);
    expect(linked.length).toBeGreaterThan(0);
    for (const code of codes) expect(records.get(code) ?? null).toEqual(fetchProjectByCode('internal', code));
  });

  it('leaves out deleted projects and codes that name none, as the one-project read does', () => {
    const [first, second] = db.select({ code: t.projects.code, version: t.projects.version }).from(t.projects).all();
    expect(deleteProject(actors.admin, first.code, first.version, 'gone')).toMatchObject({ ok: true });
    const records = fetchProjectsForWrite([first.code, second.code, 'NO-SUCH-PROJECT']);
    expect([...records.keys()]).toEqual([second.code]);
  });
});
