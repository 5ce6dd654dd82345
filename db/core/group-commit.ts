import 'server-only';
import { getDb } from './client';

// Group commit. Every commit is synced to disk (synchronous=FULL), and once a write's statements
// are prepared ahead, that sync is its largest single cost: 0.2–1.7 ms on this machine,
// depending on what else uses the disk, waited for on the only thread. Writes queued in the same
// turn of the event loop therefore run one after another in a single transaction, each inside
// its own savepoint, and share one COMMIT.
//
// - A write that throws rolls back to its savepoint alone: the others in the batch keep theirs.
// - No write's promise settles before the COMMIT that holds it has returned; if the COMMIT fails,
//   every write in the batch is rolled back and every promise rejects.
// - The whole batch runs synchronously inside one callback, so no other request runs while
//   the transaction is open: nothing reads a write before it is committed, and the app's other
//   (single) transactions never interleave with a batch.
// Each write still checks its own permission and version: it is the same function, run later.

type Queued = { write: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

let queue: Queued[] = [];

export function commitInGroup<T>(write: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
    if (queue.length === 1) setImmediate(commitQueued);
  });
}

function commitQueued(): void {
  const batch = queue;
  queue = [];
  let outcomes: Outcome[];
  try {
    outcomes = runInOneTransaction(batch.map((q) => q.write));
  } catch (error) {
    for (const queued of batch) queued.reject(error);
    return;
  }
  outcomes.forEach((outcome, i) => (outcome.ok ? batch[i].resolve(outcome.value) : batch[i].reject(outcome.error)));
}

// Throws, with everything rolled back, when the batch cannot be committed. Inside a transaction
// that someone holds open across awaits (tests do), the batch is a savepoint of it instead, as
// better-sqlite3 nests transactions, and that transaction's end decides.
function runInOneTransaction(writes: (() => unknown)[]): Outcome[] {
  const sqlite = getDb().$client;
  const nested = sqlite.inTransaction;
  sqlite.exec(nested ? 'SAVEPOINT group_commit' : 'BEGIN IMMEDIATE');
  try {
    const outcomes = writes.map((write): Outcome => {
      sqlite.exec('SAVEPOINT group_write');
      try {
        const value = write();
        sqlite.exec('RELEASE group_write');
        return { ok: true, value };
      } catch (error) {
        // A failure that ended the whole transaction (SQLite does so on I/O errors or a full
        // disk) makes ROLLBACK TO throw, which abandons the batch below.
        sqlite.exec('ROLLBACK TO group_write; RELEASE group_write');
        return { ok: false, error };
      }
    });
    sqlite.exec(nested ? 'RELEASE group_commit' : 'COMMIT');
    return outcomes;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec(nested ? 'ROLLBACK TO group_commit; RELEASE group_commit' : 'ROLLBACK');
    throw error;
  }
}
