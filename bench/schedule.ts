import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { serverCommand } from '@/lib/server-command';
import { percentile } from './load';

// The dashboard as of a day, and compared between two, on the benchmark database (100,000
// projects, 1,000,000 history entries), uncached: every request asks for a day no earlier
// request asked for, so Next's data cache has nothing for it and every figure is read from the
// day tallies. Then the same addresses again, which the data cache answers, and the plain
// dashboard, which stays in the full-route cache.
//
//   npx next build && node --import tsx bench/schedule.ts [--db bench/data/bench.db] [--requests 60]
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'bench/data/bench.db' },
    requests: { type: 'string', default: '60' },
  },
});
const RUN_DB = 'bench/data/schedule-run.db';
const PORT = Number(process.env.BENCH_PORT ?? 3401);
const BASE = `http://127.0.0.1:${PORT}`;
const REQUESTS = Number(values.requests);

// Distinct days spread over the two years the synthetic history covers.
const day = (n: number) => new Date(Date.UTC(2024, 10, 1) + n * 86_400_000).toISOString().slice(0, 10);

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${BASE}${url}`);
  await response.text();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

async function measure(name: string, urls: string[]) {
  const times: number[] = [];
  for (const url of urls) times.push(await timed(url));
  const sorted = times.toSorted((a, b) => a - b);
  const row = { name, requests: urls.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  console.log(`${name.padEnd(44)} n=${row.requests} p50=${row.p50.toFixed(1)} ms p95=${row.p95.toFixed(1)} ms`);
  return row;
}

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/v1/cities`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('server did not start');
}

for (const suffix of ['', '-wal', '-shm']) fs.rmSync(RUN_DB + suffix, { force: true });
fs.copyFileSync(values.db, RUN_DB);
const { command, args, env } = serverCommand(PORT, { ...process.env, DATABASE_PATH: RUN_DB });
const server = spawn(command, args, { env, stdio: 'ignore' });
try {
  await waitForServer();
  // Warm the server's code paths (not the days measured) and the plain dashboard's cached view.
  for (let n = 0; n < 5; n++) await timed(`/dashboard?asOf=${day(700 + n)}`);
  await timed('/dashboard');
  const asOf = Array.from({ length: REQUESTS }, (_, n) => `/dashboard?asOf=${day(n * 11)}`);
  const compare = Array.from(
    { length: REQUESTS },
    (_, n) => `/dashboard?asOf=${day(n * 11 + 5)}&compare=${day(n * 11 + 1)}`,
  );
  const filtered = Array.from(
    { length: REQUESTS },
    (_, n) => `/dashboard?asOf=${day(n * 11 + 7)}&city=370100&category=rail`,
  );
  const rows = [
    await measure('asOf, uncached', asOf),
    await measure('asOf + compare, uncached', compare),
    await measure('asOf + city + category, uncached', filtered),
    await measure('asOf, again (data cache)', asOf),
    await measure('asOf + compare, again (data cache)', compare),
    await measure(
      'plain dashboard (full-route cache)',
      Array.from({ length: REQUESTS }, () => '/dashboard'),
    ),
  ];
  fs.writeFileSync('bench/data/schedule-results.json', JSON.stringify(rows, null, 2));
} finally {
  server.kill();
}
