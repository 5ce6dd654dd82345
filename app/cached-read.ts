import 'server-only';
import { unstable_cache } from 'next/cache';

// Next keeps its data cache on disk across restarts, but a restart may come with another
// database (a reset, a restored backup): entries filled by an earlier process must not be served.
const PROCESS_START = String(Date.now());

// Bounds staleness after changes made outside the app (a restored backup, a script); writes in
// the app expire the tags at once (db/core/expire-public-data.ts).
export const CACHE_SECONDS = 300;

// A read kept in Next's data cache under its name and arguments, expired by the given tags. A page
// that makes it carries the tags too, so its full-route cache entry is expired with it.
//
// Calls with the same arguments while one is under way share it: the data cache stores a result
// only once it is read, so two cards of one page (or two requests) asking for the same figures
// before then would each read them from the database.
export function cachedRead<A extends unknown[], R>(name: string[], tags: string[], read: (...args: A) => R) {
  const readCached = unstable_cache(async (...args: A) => read(...args), [...name, PROCESS_START], {
    tags,
    revalidate: CACHE_SECONDS,
  });
  const underWay = new Map<string, Promise<R>>();
  return (...args: A): Promise<R> => {
    const key = JSON.stringify(args);
    let answer = underWay.get(key);
    if (!answer) {
      answer = readCached(...args).finally(() => underWay.delete(key));
      underWay.set(key, answer);
    }
    return answer;
  };
}
