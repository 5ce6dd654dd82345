import { runLoad, type LoadResult } from './load';
import { checkLedger, newLedger, readVersions, trackedWriteRequests, type LedgerCheck } from './tracked-writes';

// Requests cut off when a run ends may still be finishing on the server.
const settle = () => new Promise((r) => setTimeout(r, 1000));

export type WritesWhileReading = { seconds: number; connections: number; results: LoadResult[]; check: LedgerCheck };

// The write run with the public map and the dashboard read at the same time, by three autocannon
// instances in parallel; then the history is compared with what the server acknowledged.
// Every write expires the cached map and dashboard, so each read renders afresh: the run needs
// some seconds for those renders to complete at all.
export async function writesWhileReading(options: {
  url: string;
  token: string;
  versions: Map<string, number>;
  seconds: number;
  connections: number;
  databaseFile: string;
}): Promise<WritesWhileReading> {
  const { url, seconds, connections } = options;
  const ledger = newLedger('bench-mixed');
  await settle();
  readVersions(options.databaseFile, options.versions);
  const results = await Promise.all([
    runLoad('writes while /map and /dashboard are read', {
      url,
      seconds,
      connections,
      requests: trackedWriteRequests(options.token, options.versions, ledger),
    }),
    runLoad('/map while writes go on', { url, path: '/map', seconds, connections }),
    runLoad('/dashboard while writes go on', { url, path: '/dashboard', seconds, connections }),
  ]);
  await settle();
  return { seconds, connections, results, check: checkLedger(options.databaseFile, ledger) };
}
