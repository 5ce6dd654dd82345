import 'server-only';
import { migrateDatabase, openDatabase, type TrackerDb } from './connection';

// One connection per server process. Kept on globalThis so dev-mode reloads don't open more.
const globalForDb = globalThis as unknown as { trackerDb?: TrackerDb };

export function getDb(): TrackerDb {
  if (!globalForDb.trackerDb) {
    const db = openDatabase();
    migrateDatabase(db);
    globalForDb.trackerDb = db;
  }
  return globalForDb.trackerDb;
}

// A query built and prepared once per connection, for the paths every API request takes:
// building the SQL and preparing it cost more than running most of these queries. Keyed by
// connection, so a test's fresh database prepares its own.
export function preparedStatement<T>(build: (db: TrackerDb) => T): () => T {
  const byDb = new WeakMap<TrackerDb, T>();
  return () => {
    const db = getDb();
    let statement = byDb.get(db);
    if (statement === undefined) {
      statement = build(db);
      byDb.set(db, statement);
    }
    return statement;
  };
}
