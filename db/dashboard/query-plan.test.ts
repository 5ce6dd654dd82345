import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticData } from '@/bench/synthetic-data';
import { migrateDatabase, openDatabase } from '@/db/core/connection';
import type { ProjectFilters } from '@/lib/project-filters';
import { fetchAgreementDelivery, fetchHeadlineFigures, fetchTimeline } from './figures';
import { fetchNeedsAttention, staleCutoff } from './attention';
import { fetchRecentChanges } from './changes';
import { fetchProgressByCategory, fetchProgressByCity } from './tallies';

// Records every statement the dashboard runs, then asks SQLite how it would run each one:
// none may read a large table (projects, their cities, their history) row by row.
type Recorded = { sql: string; params: unknown[] };
const LARGE_TABLES = ['projects', 'project_cities', 'project_updates'];
let recorded: Recorded[] = [];
let sqlite: Database.Database;

function record(db: Database.Database) {
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of ['all', 'get', 'run'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        recorded.push({ sql: source, params });
        return original(...params);
      };
    }
    return statement;
  }) as typeof db.prepare;
}

function fullScans(plan: { detail: string }[]): string[] {
  return plan
    .map((row) => row.detail)
    .filter((detail) => LARGE_TABLES.some((table) => new RegExp(`^SCAN ${table}( AS \\w+)?$`).test(detail)));
}

beforeAll(() => {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  writeSyntheticData(db.$client, { projects: 3000, updates: 15000, seed: 7 });
  db.$client.exec('ANALYZE');
  sqlite = db.$client;
  (globalThis as unknown as { trackerDb?: typeof db }).trackerDb = db;
  record(sqlite);
});

const FILTERS: [string, ProjectFilters][] = [
  ['unfiltered', {}],
  ['a city', { city: '370300' }],
  ['a category and stage', { category: 'rail', stage: 'implementation' }],
];

describe.each(FILTERS)('dashboard queries, %s', (_name, filters) => {
  it('use indexes for the large tables', () => {
    recorded = [];
    for (const scope of ['public', 'internal'] as const) {
      fetchHeadlineFigures(scope, filters);
      fetchProgressByCategory(scope, filters, ['rail']);
      fetchProgressByCity(scope, filters, ['370100']);
      fetchAgreementDelivery(scope, filters);
      fetchTimeline(scope, filters);
      fetchRecentChanges(scope, filters);
      fetchNeedsAttention(scope, filters, staleCutoff(new Date('2026-11-01')));
    }
    expect(recorded.length).toBeGreaterThan(10);
    const scans = recorded.flatMap(({ sql, params }) => {
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      return fullScans(plan).map((scan) => `${scan} in: ${sql.slice(0, 120)}`);
    });
    expect(scans).toEqual([]);
  });
});
