import fs from 'node:fs';
import type { LoadResult } from './load';

type Report = {
  results: LoadResult[];
  peakBytes: number;
  size: { projects: number; updates: number };
  quick: boolean;
  machine: { cores: number; memoryBytes: number; node: string; cpu: string };
};

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

// Writes bench/RESULTS.md (or RESULTS-quick.md) and prints the same table.
export function writeResults(report: Report): void {
  const floor = report.results[0].rps;
  const rows = report.results.map((r) => `| ${r.name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${(r.rps / floor).toFixed(2)} | ${r.non2xx} | ${r.errors} |`);
  const text = [
    `# Benchmark results${report.quick ? ' (quick run)' : ''}`,
    '',
    `Measured ${new Date().toISOString()} by \`npm run bench${report.quick ? ' -- --quick' : ''}\`.`,
    '',
    `- Data: ${report.size.projects.toLocaleString('en')} projects, ${report.size.updates.toLocaleString('en')} history entries (synthetic, seed 1).`,
    `- Machine: ${report.machine.cores} cores (${report.machine.cpu}), ${(report.machine.memoryBytes / 2 ** 30).toFixed(0)} GiB memory, Node ${report.machine.node}.`,
    `- Load: autocannon from a second process on 127.0.0.1, 10 connections; the server is \`next start\` (production build).`,
    `- Server peak memory (process tree RSS): ${(report.peakBytes / 2 ** 20).toFixed(0)} MB.`,
    '',
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | ÷ floor | non-2xx | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
  fs.writeFileSync(report.quick ? 'bench/RESULTS-quick.md' : 'bench/RESULTS.md', text);
  console.log(text);
}
