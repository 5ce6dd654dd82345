import 'server-only';
import { LRUCache } from 'lru-cache';
import { getDb, preparedStatement } from './client';
import type { TrackerDb } from './connection';

// Changes whenever the data may have: rows written through this connection (total_changes,
// counted as each statement runs, whether or not it is later rolled back) or a commit by any
// other connection, such as a script or a second server (data_version).
const generationQuery = preparedStatement((db) =>
  db.$client.prepare<[], string>(`select total_changes() || ':' || data_version from pragma_data_version`).pluck(),
);

type Memo = { generation: string; answers: LRUCache<string, string> };

// Keeps computed answers (serialized text) until anything in the database changes, up to
// `maxChars` of them, dropping the least recently used first. Kept in memory, per connection:
// nothing is written to disk, and a test's fresh database starts empty. Staleness is not
// possible here, unlike with a cache that writes must remember to expire.
export function untilDataChanges<A extends unknown[]>(
  maxChars: number,
  compute: (...args: A) => string,
): (...args: A) => string {
  const memos = new WeakMap<TrackerDb, Memo>();
  return (...args) => {
    const db = getDb();
    const generation = generationQuery().get()!;
    let memo = memos.get(db);
    if (!memo || memo.generation !== generation) {
      memo = {
        generation,
        answers: new LRUCache({ maxSize: maxChars, sizeCalculation: (answer) => Math.max(answer.length, 1) }),
      };
      memos.set(db, memo);
    }
    const key = JSON.stringify(args);
    const known = memo.answers.get(key);
    if (known !== undefined) return known;
    const answer = compute(...args);
    memo.answers.set(key, answer);
    return answer;
  };
}
