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
export function cachedRead<A extends unknown[], R>(name: string[], tags: string[], read: (...args: A) => R) {
  return unstable_cache(async (...args: A) => read(...args), [...name, PROCESS_START], {
    tags,
    revalidate: CACHE_SECONDS,
  });
}
