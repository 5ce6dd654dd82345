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

// Queries built and prepared once per connection, for the paths every API request takes:
// building the SQL and preparing it cost more than running most of these queries. Keyed by
// connection, so a test's fresh database prepares its own; within it, by what tells the
// statements of one kind apart (say, which filters a list has). Past `limit` keys the cache
// starts over, so keys a client can vary never hold more than that many statements.
export function preparedStatements<T>(limit: number): (key: string, build: (db: TrackerDb) => T) => T {
  const byDb = new WeakMap<TrackerDb, Map<string, T>>();
  return (key, build) => {
    const db = getDb();
    let statements = byDb.get(db);
    if (!statements) {
      statements = new Map();
      byDb.set(db, statements);
    }
    let statement = statements.get(key);
    if (statement === undefined) {
      if (statements.size >= limit) statements.clear();
      statement = build(db);
      statements.set(key, statement);
    }
    return statement;
  };
}

export function preparedStatement<T>(build: (db: TrackerDb) => T): () => T {
  const statements = preparedStatements<T>(1);
  return () => statements('', build);
}
