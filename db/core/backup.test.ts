import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from './backup';
import { migrateDatabase, openDatabase } from './connection';

const require = createRequire(import.meta.url);
const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-backup-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

// Writes 1.5 s of project updates, each with its history entry in one transaction, as the app
// does; says 'started' once the first has landed.
const WRITER_SCRIPT = `
const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 5000');
const update = db.transaction((n) => {
  db.prepare('update projects set progress = ?, version = version + 1 where id = 1').run(n % 101);
  db.prepare("insert into project_updates (project_id, version, changes, note) values (1, (select version from projects where id = 1), '[]', 'load')").run();
});
const until = Date.now() + 1500;
let n = 0;
update(++n);
process.stdout.write('started');
while (Date.now() < until) update(++n);
db.close();
`;

describe('backup and restore', () => {
  it('takes a consistent backup while another connection keeps writing, and restores it', async () => {
    const dir = tempDir();
    const live = path.join(dir, 'live.db');
    const db = openDatabase(live);
    migrateDatabase(db);
    db.$client
      .prepare(
        `insert into projects (code, name_zh, name_en, category, stage, source_quote) values ('P1', '项目', 'Project', 'rail', 'implementation', 'q')`,
      )
      .run();
    // A database of some size, so the backup takes long enough for writes to land during it.
    const filler = db.$client.prepare(
      `insert into project_updates (project_id, version, changes, note) values (1, 1, '[]', ?)`,
    );
    db.$client.transaction(() => {
      for (let i = 0; i < 20000; i++) filler.run('x'.repeat(200));
    })();

    // Another process writes updates (each with its history entry) while the backup is taken.
    const child = spawn(process.execPath, ['-e', WRITER_SCRIPT, live], { stdio: ['ignore', 'pipe', 'inherit'] });
    const finished = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    const backupFile = path.join(dir, 'backup.db');
    await backupDatabase(live, backupFile);
    expect(await finished).toBe(0);
    const writer = new Database(live);
    const finalVersion = (writer.prepare(`select version from projects where id = 1`).get() as { version: number })
      .version;

    const copy = new Database(backupFile, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    // Every acknowledged version in the copy has its history entry: nothing half-applied.
    const { version } = copy.prepare(`select version from projects where id = 1`).get() as { version: number };
    const loadEntries = (
      copy.prepare(`select count(*) as n from project_updates where note = 'load'`).get() as { n: number }
    ).n;
    expect(loadEntries).toBe(version - 1);
    copy.close();

    expect(version).toBeGreaterThan(1);
    expect(version).toBeLessThan(finalVersion);
    writer.close();
    await restoreDatabase(backupFile, live);
    const restored = db.$client.prepare(`select version from projects where id = 1`).get() as { version: number };
    expect(restored.version).toBe(version);
    db.$client.close();
  });

  it('refuses to restore a file that is not a sound database, and changes nothing', async () => {
    const dir = tempDir();
    const live = path.join(dir, 'live.db');
    const db = openDatabase(live);
    migrateDatabase(db);
    const bogus = path.join(dir, 'bogus.db');
    fs.writeFileSync(bogus, 'not a database');
    await expect(restoreDatabase(bogus, live)).rejects.toThrow();
    expect((db.$client.prepare(`select count(*) as n from cities`).get() as { n: number }).n).toBe(0);
    db.$client.close();
  });
});
