import { runLoad, type LoadResult } from './load';
import { checkLedger, newLedger, trackedWriteRequests, type LedgerCheck } from './tracked-writes';

export type WritesWhileReading = { seconds: number; connections: number; results: LoadResult[]; check: LedgerCheck };

// The write run with the public map and the dashboard read at the same time, by three autocannon
// instances in parallel; then the history is compared with what the server acknowledged.
// Every write expires the cached map and dashboard, so each read renders afresh: the run needs
// some seconds for those renders to complete at all.
export async function writesWhileReading(options: { url: string; token: string; versions: Map<string, number>; seconds: number; connections: number; databaseFile: string }): Promise<WritesWhileReading> {
  const { url, seconds, connections } = options;
  const ledger = newLedger('bench-mixed');
  const results = await Promise.all([
    runLoad('writes while /map and /dashboard are read', { url, seconds, connections, requests: trackedWriteRequests(options.token, options.versions, ledger) }),
    runLoad('/map while writes go on', { url, path: '/map', seconds, connections }),
    runLoad('/dashboard while writes go on', { url, path: '/dashboard', seconds, connections }),
  ]);
  // Requests cut off when the run ended may still be finishing on the server.
  await new Promise((r) => setTimeout(r, 1000));
  return { seconds, connections, results, check: checkLedger(options.databaseFile, ledger) };
}
