import { spawnSync } from 'node:child_process';
import type { LoadResult } from './load';

// Load from wrk (Debian's package): one thread of C drives 10 connections with little CPU, so
// the client takes little from the server on the same machine, unlike a Node client.

export function ensureWrk(): void {
  if (spawnSync('wrk', ['--version']).error === undefined) return;
  console.log('installing wrk (apt-get install -y wrk)…');
  const installed = spawnSync('sh', ['-c', 'apt-get install -y wrk || (apt-get update && apt-get install -y wrk)'], {
    stdio: 'inherit',
  });
  if (installed.status !== 0) throw new Error('wrk is needed for the benchmark: apt-get install -y wrk');
}

export type WrkOptions = {
  url: string;
  seconds: number;
  connections: number;
  warmupSeconds: number;
  // A request script (bench/wrk/*.lua) and what it reads from the environment.
  script?: string;
  env?: Record<string, string>;
};

type WrkSummary = Omit<LoadResult, 'name' | 'rps'> & { seconds: number; p90: number };

function wrk(options: WrkOptions, seconds: number, env: Record<string, string> | undefined): WrkSummary {
  const args = ['-t1', `-c${options.connections}`, `-d${seconds}s`, '--timeout', '10s'];
  args.push('-s', options.script ?? 'bench/wrk/count.lua', options.url);
  const result = spawnSync('wrk', args, { encoding: 'utf8', env: { ...process.env, ...env } });
  const line = result.stdout.split('\n').find((l) => l.startsWith('WRK_JSON '));
  if (!line) throw new Error(`wrk gave no summary for ${options.url}:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(line.slice('WRK_JSON '.length)) as WrkSummary;
}

// A warm-up at the same load first, not counted: the figures are for a server in its steady
// state. Requests that keep state (writes) warm up on other projects (`warmupEnv`).
export function runWrk(name: string, options: WrkOptions & { warmupEnv?: Record<string, string> }): LoadResult {
  if (options.warmupSeconds > 0) wrk(options, options.warmupSeconds, options.warmupEnv ?? options.env);
  const { seconds, ...summary } = wrk(options, options.seconds, options.env);
  return { name, rps: summary.requests / seconds, ...summary };
}
