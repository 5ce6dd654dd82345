import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '@/db/core/connection';
import type { Outcome } from './editors';
import { auditDatabase } from './history-audit';

// The crash and concurrency specs are only as good as this audit: each kind of damage it
// exists to find must be found.

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

// P1 created at v1 (progress 10), then updated to v2 by request "a" (progress 20).
function databaseWithOneUpdate(): { file: string; sql: (statement: string) => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-audit-'));
  dirs.push(dir);
  const file = path.join(dir, 'audit.db');
  const db = openDatabase(file);
  migrateDatabase(db);
  db.$client.exec(`
    insert into projects (code, name_zh, name_en, category, stage, source_quote, progress, internal_note, version) values ('P1', '项目', 'Project', 'rail', 'implementation', 'q', 20, 'a', 2);
    insert into project_updates (project_id, version, changes, note) values (1, 1, '[{"field":"progress","from":null,"to":10}]', 'created');
    insert into project_updates (project_id, version, changes, note) values (1, 2, '[{"field":"progress","from":10,"to":20},{"field":"internalNote","from":null,"to":"a"}]', 'a');
  `);
  db.$client.close();
  return {
    file,
    sql: (statement) => {
      const again = openDatabase(file);
      again.$client.exec(statement);
      again.$client.close();
    },
  };
}

const update = (note: string, status: Outcome['status'], ackVersion?: number): Outcome => ({
  code: 'P1',
  note,
  fields: { progress: 20, internalNote: note },
  sentVersion: 1,
  status,
  ackVersion,
});

describe('auditDatabase', () => {
  it('passes a sound database whose history holds what was acknowledged', () => {
    const { file } = databaseWithOneUpdate();
    expect(auditDatabase(file, [update('a', 200, 2), update('b', 412), update('c', 'no-response')]).problems).toEqual(
      [],
    );
  });

  it('finds an acknowledged update that is not in the history', () => {
    const { file } = databaseWithOneUpdate();
    expect(auditDatabase(file, [update('lost', 200, 2)]).problems).toEqual([
      expect.stringContaining('not in the history'),
    ]);
  });

  it('finds an update acknowledged at another version than it was written', () => {
    const { file } = databaseWithOneUpdate();
    expect(auditDatabase(file, [update('a', 200, 3)]).problems).toEqual([
      expect.stringContaining('acknowledged as v3 but written as v2'),
    ]);
  });

  it('finds a version bumped without its history entry', () => {
    const { file, sql } = databaseWithOneUpdate();
    sql(`update projects set version = 3`);
    expect(auditDatabase(file, []).problems).toEqual([expect.stringContaining('version 3 but history versions [1,2]')]);
  });

  it('finds a field changed without history, and a history entry whose change is missing', () => {
    const { file, sql } = databaseWithOneUpdate();
    sql(`update projects set progress = 99`);
    expect(auditDatabase(file, []).problems).toEqual([
      expect.stringContaining('progress is 99 but the history replays to 20'),
    ]);
  });

  it('finds an entry that does not start from what the one before left', () => {
    const { file, sql } = databaseWithOneUpdate();
    sql(
      `update project_updates set changes = '[{"field":"progress","from":15,"to":20},{"field":"internalNote","from":null,"to":"a"}]' where version = 2`,
    );
    expect(auditDatabase(file, []).problems).toEqual([
      expect.stringContaining('changed from 15 but the history before left 10'),
    ]);
  });

  it('finds a conflict that was written anyway, an answer that was neither, and a double write', () => {
    const { file, sql } = databaseWithOneUpdate();
    expect(auditDatabase(file, [update('a', 412)]).problems).toEqual([
      expect.stringContaining('refused as a conflict but written'),
    ]);
    expect(auditDatabase(file, [update('x', 500)]).problems).toEqual([
      expect.stringContaining('neither applied nor refused'),
    ]);
    sql(
      `update projects set version = 3; insert into project_updates (project_id, version, changes, note) values (1, 3, '[]', 'a')`,
    );
    expect(auditDatabase(file, [update('a', 200, 2)]).problems).toEqual([expect.stringContaining('applied 2 times')]);
  });

  it('does not pass a broken file', () => {
    const { file } = databaseWithOneUpdate();
    const db = openDatabase(file);
    const { rootpage } = db.$client
      .prepare(`select rootpage from sqlite_master where name = 'project_updates'`)
      .get() as { rootpage: number };
    const pageSize = db.$client.pragma('page_size', { simple: true }) as number;
    db.$client.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x55, (rootpage - 1) * pageSize, rootpage * pageSize);
    fs.writeFileSync(file, bytes);
    // SQLite either reports the damage in integrity_check or refuses to read the table at all.
    let problems: string[];
    try {
      problems = auditDatabase(file, []).problems;
    } catch (error) {
      problems = [String(error)];
    }
    expect(problems).not.toEqual([]);
  });
});
