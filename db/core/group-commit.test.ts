import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { migrateDatabase, openDatabase, type TrackerDb } from './connection';
import { fetchProjectByCode } from '@/db/projects/queries';
import { fetchProjectHistory } from '@/db/projects/project-history';
import { installTestDatabase } from '@/lib/test/test-database';
import { commitInGroup } from './group-commit';
import { updateProject } from '@/db/projects/mutations';
import { insertTestActors } from '@/db/accounts/test-actors';

let db: TrackerDb;
let directory: string;

function install(database: TrackerDb): void {
  (globalThis as unknown as { trackerDb?: TrackerDb }).trackerDb = database;
  db = database;
  db.$client.exec('create table notes (text text not null unique)');
}

const add = (text: string) => () => db.$client.prepare('insert into notes (text) values (?)').run(text).changes;
const stored = () =>
  (db.$client.prepare('select text from notes order by rowid').all() as { text: string }[]).map((r) => r.text);

describe('commitInGroup', () => {
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'group-commit-'));
    const file = openDatabase(path.join(directory, 'test.db'));
    migrateDatabase(file);
    install(file);
  });
  afterEach(() => {
    db.$client.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('commits the writes queued in one turn together, once', async () => {
    const exec = vi.spyOn(db.$client, 'exec');
    const results = await Promise.all([commitInGroup(add('a')), commitInGroup(add('b')), commitInGroup(add('c'))]);
    expect(results).toEqual([1, 1, 1]);
    expect(exec.mock.calls.filter(([sql]) => sql === 'COMMIT')).toHaveLength(1);
    expect(stored()).toEqual(['a', 'b', 'c']);
  });

  it('rolls back a failing write alone; the others in its batch are kept', async () => {
    const failing = () => {
      add('b')();
      throw new Error('refused after writing');
    };
    const duplicate = add('a');
    const results = await Promise.allSettled([
      commitInGroup(add('a')),
      commitInGroup(failing),
      commitInGroup(duplicate),
      commitInGroup(add('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('refused after writing');
    expect((results[2] as PromiseRejectedResult).reason.message).toMatch(/UNIQUE/);
    expect(stored()).toEqual(['a', 'c']);
  });

  it('acknowledges a write only once another connection can read it from the file', async () => {
    const other = new Database(path.join(directory, 'test.db'), { readonly: true });
    const seenWhenAcknowledged: unknown[] = [];
    const write = commitInGroup(add('durable')).then(() =>
      seenWhenAcknowledged.push(other.prepare('select text from notes').get()),
    );
    await Promise.resolve();
    expect(seenWhenAcknowledged).toEqual([]);
    await write;
    expect(seenWhenAcknowledged).toEqual([{ text: 'durable' }]);
    other.close();
  });

  it('rejects every write of a batch whose COMMIT fails, and keeps none of them', async () => {
    // A deferred foreign-key violation is only detected by COMMIT itself.
    const breaksCommit = () =>
      db.$client.exec(
        "pragma defer_foreign_keys = on; insert into project_updates (project_id, version, changes) values (999999, 1, '[]')",
      );
    const results = await Promise.allSettled([
      commitInGroup(add('a')),
      commitInGroup(breaksCommit),
      commitInGroup(add('b')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason.message).toMatch(/FOREIGN KEY/);
    expect(db.$client.inTransaction).toBe(false);
    expect(stored()).toEqual([]);
    await commitInGroup(add('next'));
    expect(stored()).toEqual(['next']);
  });
});

describe('project updates committed in one group', () => {
  it('still let only one of two updates from the same version through, each with its own history', async () => {
    const seeded = installTestDatabase({ seed: true });
    const actors = insertTestActors(seeded);
    const code = 'RAIL-HUANGTAI-CONNECTING-LINE';
    const loaded = fetchProjectByCode('internal', code)!.project.version;
    const [first, second] = await Promise.all([
      updateProject(actors.jinanEditor, code, loaded, { progress: 61 }, 'first'),
      updateProject(actors.jinanEditor2, code, loaded, { progress: 71 }, 'second'),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, status: 'conflict' });
    const project = fetchProjectByCode('internal', code)!.project;
    expect(project).toMatchObject({ progress: 61, version: loaded + 1 });
    expect(
      fetchProjectHistory('internal', project.id)
        .filter((h) => h.version > loaded)
        .map((h) => h.note),
    ).toEqual(['first']);
  });
});
