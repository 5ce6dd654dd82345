import fs from 'node:fs';
import type { LoadResult } from './load';
import type { WritesWhileReading } from './writes-while-reading';

type Report = {
  results: LoadResult[];
  writesWhileReading: WritesWhileReading;
  uncached: { name: string; ms: number; status: number }[];
  peakBytes: number;
  million: boolean;
  size: { projects: number; updates: number };
  quick: boolean;
  seconds: { run: number; warmup: number };
  batchSize: number;
  machine: { cores: number; memoryBytes: number; node: string; cpu: string; load: number[] };
};

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

// Whether the write run under read load kept every acknowledged write and never answered 5xx.
export function writesWhileReadingHeld({ results, check }: WritesWhileReading): boolean {
  return (
    check.lost + check.misplaced + check.duplicated + check.writtenThoughRefused === 0 &&
    results.every((r) => r.serverErrors === 0)
  );
}

function writesWhileReadingSection(mixed: WritesWhileReading): string[] {
  const { check } = mixed;
  const idle = mixed.results.filter((r) => r.requests === 0);
  return [
    '## Writes while the map and dashboard are read',
    '',
    `Three autocannon instances at once for ${mixed.seconds} s, ${mixed.connections} connections each: PATCH writes through the API (each with a unique note), \`/map\` and \`/dashboard\`.`,
    'Afterwards the history table is compared with what the server acknowledged.',
    '',
    `- Acknowledged writes (2xx): ${check.acknowledged}; refused (4xx): ${check.refused}.`,
    `- History rows written by the run: ${check.historyRows} = ${check.acknowledged - check.lost - check.misplaced} acknowledged` +
      ` + ${check.unansweredLanded} whose answer was cut off when the run stopped.`,
    `- Acknowledged but missing from the history: ${check.lost}; on the wrong project: ${check.misplaced}; written twice: ${check.duplicated};` +
      ` written although refused: ${check.writtenThoughRefused}.`,
    `- Completed responses: ${mixed.results.map((r) => `${r.name}: ${r.requests}`).join('; ')}.`,
    `- 5xx answers: ${mixed.results.map((r) => `${r.name}: ${r.serverErrors}`).join('; ')}.`,
    `- **${writesWhileReadingHeld(mixed) ? 'Lost nothing and answered no 5xx.' : 'FAILED: see the figures above.'}**`,
    // A stream that completed nothing (timeouts on a busy machine) says nothing about its 5xx.
    ...(idle.length
      ? [
          `- Completed no request in ${mixed.seconds} s, so no evidence either way: ${idle.map((r) => `${r.name} (${r.errors} timeouts or errors)`).join('; ')}.`,
        ]
      : []),
    '',
  ];
}

const find = (results: LoadResult[], prefix: string) => results.find((r) => r.name.startsWith(prefix));
const PUBLIC_PAGES = ['/', '/projects', '/map', '/dashboard'];

// The issue's targets, each with what this run measured and whether it holds.
function targetRows(report: Report): string[] {
  const { results } = report;
  const floor = results[0];
  const row = (what: string, measured: string, target: string, held: boolean) =>
    `| ${what} | ${measured} | ${target} | ${held ? 'met' : '**not met**'} |`;
  const pages = results.filter((r) =>
    PUBLIC_PAGES.some((page) => r.name === page || r.name.startsWith(`${page}?`) || r.name.startsWith(`${page}/`)),
  );
  const health = find(results, 'empty route handler');
  const single = find(results, 'single writes');
  const batch = find(results, 'batch writes');
  const afterWrite = find(results, '/dashboard right after a write');
  const rows = pages.map((r) =>
    row(
      `${r.name}`,
      `${(r.rps / floor.rps).toFixed(2)} of the floor, p99 ${ms(r.p99)} ms`,
      '≥ 0.5, p99 < 100 ms',
      r.rps / floor.rps >= 0.5 && r.p99 < 100,
    ),
  );
  if (batch) {
    const perSecond = batch.rps * report.batchSize;
    rows.push(
      row(
        batch.name,
        `${perSecond.toFixed(0)} updates/s, p95 ${ms(batch.p95)} ms (${batch.non2xx} not answered 200)`,
        '≥ 10,000/s, p95 < 100 ms',
        perSecond >= 10000 && batch.p95 < 100 && batch.non2xx === 0 && batch.errors === 0,
      ),
    );
  }
  if (single && health)
    rows.push(
      row(
        'single writes',
        `${(single.rps / health.rps).toFixed(2)} of the empty route handler (${single.rps.toFixed(0)}/s)`,
        '≥ 0.5',
        single.rps / health.rps >= 0.5,
      ),
    );
  if (afterWrite)
    rows.push(row('/dashboard right after a write', `p95 ${ms(afterWrite.p95)} ms`, '< 150 ms', afterWrite.p95 < 150));
  const mb = report.peakBytes / 2 ** 20;
  rows.push(row('everything `next start` runs, peak resident', `${mb.toFixed(0)} MB`, '< 300 MB', mb < 300));
  const slowest = report.uncached.reduce((a, b) => (b.ms > a.ms ? b : a));
  rows.push(
    row(
      'slowest uncached render of a public page',
      `${slowest.name}: ${ms(slowest.ms)} ms`,
      '< 1 s',
      slowest.ms < 1000,
    ),
  );
  return ['## Targets', '', '| what | measured | target | |', '| --- | --- | --- | --- |', ...rows, ''];
}

// Writes bench/RESULTS.md (or RESULTS-quick.md) and prints the same text.
export function writeResults(report: Report): void {
  const floor = report.results[0].rps;
  const rows = report.results.map(
    (r) =>
      `| ${r.name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${(r.rps / floor).toFixed(2)} | ${r.non2xx} | ${r.serverErrors} | ${r.errors} |`,
  );
  const text = [
    `# Benchmark results${report.quick ? ' (quick run)' : ''}`,
    '',
    `Measured ${new Date().toISOString()} by \`npm run bench${report.quick ? ' -- --quick' : ''}\`.`,
    '',
    `- Data: ${report.size.projects.toLocaleString('en')} projects, ${report.size.updates.toLocaleString('en')} history entries (synthetic, seed 1).`,
    `- Machine: ${report.machine.cores} cores (${report.machine.cpu}), ${(report.machine.memoryBytes / 2 ** 30).toFixed(0)} GiB memory, Node ${report.machine.node}; 1-minute load average ${report.machine.load.map((l) => l.toFixed(1)).join(' before, ')} after.`,
    `- Load: wrk (1 thread, 10 connections) from a second process on 127.0.0.1, one scenario at a time; the server is \`next start\` on the production build. The run with writes while reading keeps a ledger of every answer, so it is driven by autocannon (three instances at once).`,
    `- Each scenario runs ${report.seconds.run} s after a ${report.seconds.warmup} s warm-up at the same load that is not counted (writes warm up on other projects); the run with writes while reading has no warm-up.`,
    `- Batch writes: each request updates ${report.batchSize} projects, so updates per second are ${report.batchSize} × its req/s.`,
    `- Server peak memory (process tree RSS): ${(report.peakBytes / 2 ** 20).toFixed(0)} MB.`,
    "- ÷ floor: each row's throughput over the first row's, a prerendered page of the app measured in the same run.",
    '',
    ...targetRows(report),
    '## Each page rendered uncached (after a write expired the cached pages)',
    '',
    '| page | ms | status |',
    '| --- | ---: | ---: |',
    ...report.uncached.map((r) => `| ${r.name} | ${ms(r.ms)} | ${r.status} |`),
    '',
    '## Every scenario',
    '',
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | ÷ floor | non-2xx | 5xx | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    ...writesWhileReadingSection(report.writesWhileReading),
  ].join('\n');
  const file = report.quick ? 'bench/RESULTS-quick.md' : report.million ? 'bench/RESULTS-1m.md' : 'bench/RESULTS.md';
  fs.writeFileSync(file, text);
  console.log(text);
}
