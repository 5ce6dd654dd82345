import 'server-only';
import { getDb } from './client';
import type { TrackerDb } from './connection';

type Tx = Parameters<Parameters<TrackerDb['transaction']>[0]>[0];

// BEGIN IMMEDIATE for every transaction that reads before it writes. The default (deferred)
// transaction takes its read snapshot at the first SELECT and asks for the write lock only at
// the first write; if another process (a second server, a command-line script) committed in
// between, SQLite answers SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT at once, without waiting out
// busy_timeout, and the request ended in a 500. Found by e2e/concurrent-editors.spec.ts with two
// servers on one file. Taking the write lock first makes a second writer wait its turn instead.
// Inside another transaction this is a savepoint, as better-sqlite3 nests them.
export function writeTransaction<T>(write: (tx: Tx) => T): T {
  return getDb().transaction(write, { behavior: 'immediate' });
}
