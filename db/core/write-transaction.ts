import 'server-only';
import { getDb } from './client';

// BEGIN IMMEDIATE for every transaction that reads before it writes. The default (deferred)
// transaction takes its read snapshot at the first SELECT and asks for the write lock only at
// the first write; if another process (a second server, a command-line script) committed in
// between, SQLite answers SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT at once, without waiting out
// busy_timeout, and the request ended in a 500. Found by e2e/concurrent-editors.spec.ts with two
// servers on one file. Taking the write lock first makes a second writer wait its turn instead.
// Inside another transaction this is a savepoint, as better-sqlite3 nests them.
//
// better-sqlite3's own transaction, not drizzle's: drizzle builds a new database object for
// every transaction and savepoint, which cost more than a project update's SQL in a batch.
// The queries inside use getDb() as everywhere else; it is the same connection.
export function writeTransaction<T>(write: () => T): T {
  return getDb().$client.transaction(write).immediate();
}
