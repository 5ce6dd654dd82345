import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { registerSearchFunctions } from './search-functions';

export type TrackerDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? 'data/tracker.db');
}

export function openDatabase(file = databasePath()): TrackerDb {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets the public pages read while staff write. synchronous=FULL: an acknowledged edit
  // survives a power loss too, at a small cost per commit that this write rate can afford.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Each write runs in a savepoint (group-commit.ts), and a savepoint keeps a copy of every page
  // it changes until it is released. In a temporary file, writing those copies cost a batch of
  // writes more than its own SQL; in memory they are a copy of a few pages per write.
  sqlite.pragma('temp_store = MEMORY');
  // Keeps the planner's statistics fresh so aggregates keep choosing their indexes as data grows
  // (SQLite's advice for long-lived connections).
  sqlite.pragma('optimize = 0x10002');
  registerSearchFunctions(sqlite);
  return drizzle(sqlite, { schema }) as TrackerDb;
}

export function migrateDatabase(db: TrackerDb): void {
  migrate(db, { migrationsFolder: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations') });
}
