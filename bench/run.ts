import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { hashToken, newToken } from '@/lib/auth/session-token';
import { serverCommand } from '@/lib/server-command';
import { summarize, type LoadResult } from './load';
import { watchPeakMemory } from './process-memory';
import { writeResults, writesWhileReadingHeld } from './results';
import { writesWhileReading } from './writes-while-reading';
import { openDataScenarios } from './open-data';
import { ensureWrk, runWrk } from './wrk';

// npm run bench [-- --quick] [--no-build]: builds the app, serves it with `next start` on a copy of
// the synthetic database, and drives every scenario with wrk, one scenario after another, so each
// page's ratio to the prerendered floor is measured in the same run on the same server.
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    // --million: the same scenarios on 1,000,000 projects and 3,000,000 history entries.
    million: { type: 'boolean', default: false },
  },
});
const QUICK = values.quick;
const SIZE = QUICK
  ? { projects: 2000, updates: 20000 }
  : values.million
    ? { projects: 1000000, updates: 3000000 }
    : { projects: 100000, updates: 1000000 };
const SOURCE_DB = QUICK ? 'bench/data/quick.db' : values.million ? 'bench/data/bench-1m.db' : 'bench/data/bench.db';
const RUN_DB = 'bench/data/run.db';
// BENCH_PORT lets engineers sharing a machine keep to their own ports.
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = QUICK ? 3 : 8;
const WARMUP_SECONDS = QUICK ? 1 : 3;
const BATCH = 100;
const CONNECTIONS = 10;
const BATCH_CONNECTIONS = 2;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(command: string, args: string[], extraEnv: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

type Prepared = {
  token: string;
  versions: Map<string, number>;
  cityCode: string;
  longHistoryCode: string;
  // Lua files of { code, version } for wrk's writes (bench/wrk/writes.lua): one per run, so no
  // project is written by two runs and every write is sent for the version it is at.
  writePlans: Record<'warmup' | 'single' | 'batchWarmup' | 'batch' | 'crowdWarmup' | 'crowd', string>;
};

type PlannedProject = { code: string; version: number; progress: number | null };

// A Lua chunk holds at most 65,536 constants, and each project's code is one: past this many a
// plan would not load (at 1,000,000 projects). Writes wrap past the end of a plan anyway.
const MAX_PLANNED = 20_000;

function writePlan(name: string, token: string, rows: PlannedProject[]): string {
  const file = `bench/data/writes-${name}.lua`;
  const items = rows
    .slice(0, MAX_PLANNED)
    .map((r) => `{${JSON.stringify(r.code)},${r.version},${r.progress ?? -1}}`)
    .join(',\n');
  fs.writeFileSync(file, `return { token = ${JSON.stringify(token)}, projects = {\n${items}\n} }\n`);
  return file;
}

// The write runs take projects from the front of the published ones (and the run after writes
// from the back); the warm-up writes to a separate set, so it warms no page the runs then use.
function prepareDatabase(): Prepared {
  if (!fs.existsSync(SOURCE_DB))
    run('node', [
      '--import',
      'tsx',
      'scripts/bench-data.ts',
      '--projects',
      String(SIZE.projects),
      '--updates',
      String(SIZE.updates),
      '--out',
      SOURCE_DB,
    ]);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(RUN_DB + suffix, { force: true });
  fs.copyFileSync(SOURCE_DB, RUN_DB);
  const db = new Database(RUN_DB);
  const token = newToken();
  const userId = db
    .prepare(
      `insert into users (email, display_name, password_hash, role) values ('bench@example.test', 'Benchmark', '!', 'admin')`,
    )
    .run().lastInsertRowid;
  db.prepare(`insert into api_tokens (token_hash, user_id, label) values (?, ?, 'benchmark')`).run(
    hashToken(token),
    userId,
  );
  const rows = db
    .prepare(
      `select code, version, progress from projects where publication = 'published' and deleted_at is null order by id`,
    )
    .all() as PlannedProject[];
  db.close();
  // Disjoint shares (in hundredths) for wrk's write runs, from the back; the front quarter is left
  // for the runs that follow. Batches take the most: each request writes a hundred projects.
  const part = (from: number, to: number) =>
    rows.slice(Math.floor((rows.length * from) / 100), Math.floor((rows.length * to) / 100));
  return {
    token,
    versions: new Map(part(0, 25).map((r) => [r.code, r.version])),
    cityCode: '370300',
    longHistoryCode: rows[0].code,
    writePlans: {
      warmup: writePlan('warmup', token, part(25, 28)),
      single: writePlan('single', token, part(28, 35)),
      batchWarmup: writePlan('batch-warmup', token, part(35, 40)),
      crowdWarmup: writePlan('crowd-warmup', token, part(40, 45)),
      batch: writePlan('batch', token, part(45, 72)),
      crowd: writePlan('crowd', token, part(72, 100)),
    },
  };
}

async function startServer(): Promise<ChildProcess> {
  const { command, args, env: serverEnv } = serverCommand(PORT, { ...env, DATABASE_PATH: RUN_DB });
  const server = spawn(command, args, { env: serverEnv, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/api/v1`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The server did not start.');
}

async function dashboardAfterWrites(token: string, versions: Map<string, number>, rounds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  let serverErrors = 0;
  const queue = [...versions.entries()].slice(-rounds);
  const started = performance.now();
  for (const [code, version] of queue) {
    const write = await fetch(`${BASE}/api/v1/projects/${code}`, {
      method: 'PATCH',
      body: JSON.stringify({ progress: 50, note: 'benchmark write' }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'if-match': `"${version}"` },
    });
    if (!write.ok) non2xx++;
    if (write.status >= 500) serverErrors++;
    const t0 = performance.now();
    const page = await fetch(`${BASE}/dashboard`);
    await page.arrayBuffer();
    latencies.push(performance.now() - t0);
    if (!page.ok) non2xx++;
    if (page.status >= 500) serverErrors++;
  }
  return summarize('/dashboard right after a write', latencies, (performance.now() - started) / 1000, {
    non2xx,
    serverErrors,
    errors: 0,
  });
}

// Pages in the order of the public's main path, then the API and the writes.
function pageScenarios(p: Prepared): [string, string][] {
  return [
    ['floor: prerendered page /about', '/about'],
    ['/', '/'],
    ['/projects', '/projects'],
    [`/projects?city=${p.cityCode}&category=rail`, `/projects?city=${p.cityCode}&category=rail`],
    ['/projects/{code} (long history)', `/projects/${p.longHistoryCode}`],
    ['/map', '/map'],
    ['/dashboard', '/dashboard'],
    [`/dashboard?city=${p.cityCode}`, `/dashboard?city=${p.cityCode}`],
    ['/api/v1/projects city+category, 100', `/api/v1/projects?city=${p.cityCode}&category=rail&limit=100`],
    ['empty route handler /api/health', '/api/health'],
    ...openDataScenarios(p.cityCode, p.longHistoryCode),
  ];
}

// Each page rendered with nothing in the cache, once the server is warm: a write to the project
// with the long history first expires its page, the lists, the map and the dashboard.
async function uncachedRenders(p: Prepared): Promise<{ name: string; ms: number; status: number }[]> {
  const code = p.longHistoryCode;
  const version = p.versions.get(code)!;
  const write = await fetch(`${BASE}/api/v1/projects/${code}`, {
    method: 'PATCH',
    body: JSON.stringify({ progress: 51, note: 'benchmark: expire the cached pages' }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${p.token}`, 'if-match': `"${version}"` },
  });
  if (!write.ok) throw new Error(`the write before the uncached renders answered ${write.status}`);
  p.versions.delete(code);
  const renders = [];
  for (const [name, path] of pageScenarios(p)) {
    const started = performance.now();
    const response = await fetch(BASE + path);
    await response.arrayBuffer();
    renders.push({ name, ms: performance.now() - started, status: response.status });
  }
  return renders;
}

function writeScenarios(p: Prepared): LoadResult[] {
  const options = { url: BASE, seconds: SECONDS, connections: CONNECTIONS, warmupSeconds: WARMUP_SECONDS };
  const writes = (plan: string, batch: number) => ({ WRK_WRITES: plan, WRK_BATCH: String(batch) });
  const script = 'bench/wrk/writes.lua';
  const single = runWrk('single writes (PATCH, one project each)', {
    ...options,
    script,
    env: writes(p.writePlans.single, 1),
    warmupEnv: writes(p.writePlans.warmup, 1),
  });
  // A bulk writer sends its batches one or two at a time. SQLite takes one writer at a time, so
  // with ten batches in flight each waits for those ahead of it: that run is reported too.
  const batch = runWrk(`batch writes (POST, ${BATCH} projects each, ${BATCH_CONNECTIONS} connections)`, {
    ...options,
    connections: BATCH_CONNECTIONS,
    script,
    env: writes(p.writePlans.batch, BATCH),
    warmupEnv: writes(p.writePlans.batchWarmup, BATCH),
  });
  const crowd = runWrk(`batch writes (POST, ${BATCH} projects each, ${CONNECTIONS} connections)`, {
    ...options,
    script,
    env: writes(p.writePlans.crowd, BATCH),
    warmupEnv: writes(p.writePlans.crowdWarmup, BATCH),
  });
  return [single, batch, crowd];
}

async function main() {
  ensureWrk();
  // Other work on the machine shows in every figure: the report says how busy it was.
  const loadBefore = os.loadavg()[0];
  if (!values['no-build']) run('npx', ['next', 'build']);
  const prepared = prepareDatabase();
  const server = await startServer();
  const memory = watchPeakMemory(server.pid!);
  try {
    const options = { url: BASE, seconds: SECONDS, connections: CONNECTIONS, warmupSeconds: WARMUP_SECONDS };
    const results = pageScenarios(prepared).map(([name, path]) => runWrk(name, { ...options, url: BASE + path }));
    const uncached = await uncachedRenders(prepared);
    results.push(...writeScenarios(prepared));
    const mixed = await writesWhileReading({
      url: BASE,
      token: prepared.token,
      versions: prepared.versions,
      seconds: Math.max(SECONDS, 10),
      connections: CONNECTIONS,
      databaseFile: RUN_DB,
    });
    results.push(...mixed.results);
    results.push(await dashboardAfterWrites(prepared.token, prepared.versions, QUICK ? 30 : 100));
    const peakBytes = memory.stop();
    writeResults({
      results,
      writesWhileReading: mixed,
      uncached,
      peakBytes,
      seconds: { run: SECONDS, warmup: WARMUP_SECONDS },
      batchSize: BATCH,
      size: SIZE,
      quick: QUICK,
      million: values.million,
      machine: {
        cores: os.cpus().length,
        memoryBytes: os.totalmem(),
        node: process.version,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        load: [loadBefore, os.loadavg()[0]],
      },
    });
    if (!writesWhileReadingHeld(mixed)) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
  }
}

await main();
