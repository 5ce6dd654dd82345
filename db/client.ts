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
