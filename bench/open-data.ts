import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { serverCommand } from '@/lib/server-command';
import { watchPeakMemory } from './process-memory';
import { ensureWrk, runWrk } from './wrk';

// The open-data scenarios: the change feeds at 1,000,000 history entries and one project's OC4IDS
// package. `npm run bench` measures them with the other pages (bench/run.ts); run alone,
// `node --import tsx bench/open-data.ts` serves a copy of bench/data/bench.db (built, `next
// build`, beforehand) and prints their figures, and the whole 100,000-project OC4IDS download.
export function openDataScenarios(cityCode: string, code: string): [string, string][] {
  return [
    ['/feed.atom', '/feed.atom'],
    [`/feed.atom?city=${cityCode}&category=rail`, `/feed.atom?city=${cityCode}&category=rail`],
    ['/feed.json?project={code} (long history)', `/feed.json?project=${code}`],
    ['/api/v1/oc4ids/{code} (long history)', `/api/v1/oc4ids/${code}`],
  ];
}

const execFileAsync = promisify(execFile);
const SOURCE_DB = 'bench/data/bench.db';
const RUN_DB = 'bench/data/open-data.db';
const PORT = Number(process.env.BENCH_PORT ?? 3205);
const BASE = `http://127.0.0.1:${PORT}`;

async function waitForServer() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The server did not start.');
}

async function timed(path: string) {
  const started = performance.now();
  const response = await fetch(BASE + path);
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, status: response.status, bytes };
}

async function main() {
  ensureWrk();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(RUN_DB + suffix, { force: true });
  fs.copyFileSync(SOURCE_DB, RUN_DB);
  const db = new Database(RUN_DB, { readonly: true });
  const counts = db
    .prepare('select (select count(*) from projects) projects, (select count(*) from project_updates) history')
    .get();
  // The first published project, which the synthetic data gives the longest history (bench/run.ts).
  const { code } = db
    .prepare(`select code from projects where publication = 'published' and deleted_at is null order by id limit 1`)
    .get() as { code: string };
  db.close();
  const { command, args, env } = serverCommand(PORT, { ...process.env, DATABASE_PATH: RUN_DB });
  // The server's errors are shown: a crash under load is a result too.
  const server = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await waitForServer();
    console.log('database:', counts, 'project:', code);
    // The prerendered floor in the same run, since the machine is shared: figures are read as ratios.
    const scenarios: [string, string][] = [
      ['floor: prerendered page /about', '/about'],
      ...openDataScenarios('370300', code),
    ];
    for (const [name, path] of scenarios) console.log('first request', name, await timed(path));
    for (const [name, path] of scenarios) {
      const r = runWrk(name, { url: BASE + path, seconds: 8, connections: 10, warmupSeconds: 3 });
      console.log(
        `${name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx}`,
      );
    }
    // curl on a new connection: fetch would reuse one the server closed while idle during wrk's runs.
    const memory = watchPeakMemory(server.pid!);
    // Run asynchronously, so that the memory watch keeps sampling while curl reads.
    const curl = await execFileAsync(
      'curl',
      ['-s', '-o', '/dev/null', '-w', '%{http_code} %{size_download} %{time_total}', `${BASE}/api/v1/oc4ids`],
      { encoding: 'utf8' },
    );
    const [status, bytes, seconds] = curl.stdout.split(' ');
    console.log(
      `whole OC4IDS package: ${status}, ${(Number(bytes) / 2 ** 20).toFixed(0)} MiB in ${Number(seconds).toFixed(1)} s, peak server memory ${(memory.stop() / 2 ** 20).toFixed(0)} MiB`,
    );
  } finally {
    server.kill('SIGTERM');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
