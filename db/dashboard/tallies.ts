import 'server-only';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { STAGES, stagesInGroup, type Category, type Health, type Stage } from '@/lib/enums';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import type { ProjectFilters } from '@/lib/project-filters';
import { healthMatchWhere } from '@/db/projects/public-view';
import type { ReadScope } from '@/db/core/read-scope';
import { fetchTalliesAsOf, type TallyRow } from './as-of';

// Figures that are counts and progress sums read project_tallies, which triggers keep equal to
// the projects themselves (migration 0006): a GROUP BY over a few thousand rows, however many
// projects there are.

const tl = t.projectTallies;

export function cityIdOf(code: string): SQL {
  return sql`(select ${t.cities.id} from ${t.cities} where ${t.cities.code} = ${code})`;
}

// For queries that apply the city filter through a join with project_cities instead.
export function withoutCity({ city: _city, ...filters }: ProjectFilters): ProjectFilters {
  return filters;
}

type FilterColumns = Record<'published' | 'category' | 'stage' | 'health' | 'healthInternal', SQLiteColumn>;

// The rows projectFilterWhere admits (but for the city), said of the tallies or the facts, which
// hold no deleted project. A health rating kept internal matches no public health filter.
export function restatedFilterWhere(table: FilterColumns, scope: ReadScope, filters: ProjectFilters): SQL | undefined {
  return and(
    scope === 'public' ? eq(table.published, true) : undefined,
    filters.category ? eq(table.category, filters.category) : undefined,
    filters.stage ? eq(table.stage, filters.stage) : undefined,
    filters.health ? healthMatchWhere(scope, table, eq(table.health, filters.health)) : undefined,
    filters.status ? inArray(table.stage, stagesInGroup(filters.status)) : undefined,
  );
}

const tallyFilterWhere = (scope: ReadScope, filters: ProjectFilters) => restatedFilterWhere(tl, scope, filters);

// Row 0 counts each project once for the whole circle; a city filter reads that city's rows.
function circleOrCity(filters: ProjectFilters): SQL {
  return eq(tl.cityId, filters.city ? cityIdOf(filters.city) : sql`0`);
}

const projectCount = sql<number>`sum(${tl.projects})`;
const progressSum = sql<number>`sum(${tl.progressSum})`;
const progressReported = sql<number>`sum(${tl.progressReported})`;

export type StageCounts = Record<Stage, number>;
export type ProgressRow = {
  key: string;
  stages: StageCounts;
  total: number;
  averageProgress: number | null;
  progressReported: number;
};
type StageRow = { key: string; stage: Stage; count: number; progressSum: number; progressReported: number };

// Folds (key, stage) aggregates into one row per key. Averages are exact: sums and counts of
// reported progress add up across stages, so sum / count is the AVG over the key's projects.
export function foldStageRows(keys: readonly string[], rows: StageRow[]): ProgressRow[] {
  return keys.map((key) => {
    const own = rows.filter((r) => r.key === key);
    const stages = Object.fromEntries(
      STAGES.map((s) => [s, own.find((r) => r.stage === s)?.count ?? 0]),
    ) as StageCounts;
    const reported = own.reduce((n, r) => n + r.progressReported, 0);
    const sum = own.reduce((n, r) => n + r.progressSum, 0);
    return {
      key,
      stages,
      total: own.reduce((n, r) => n + r.count, 0),
      averageProgress: reported ? sum / reported : null,
      progressReported: reported,
    };
  });
}

// Tally rows of a past day folded to (key, stage), as the GROUP BYs below give them for now.
function stageRowsOf<K extends string>(rows: TallyRow[], keyOf: (r: TallyRow) => K): (StageRow & { key: K })[] {
  const folded = new Map<string, StageRow & { key: K }>();
  for (const r of rows) {
    const key = keyOf(r);
    const id = `${key}|${r.stage}`;
    const row = folded.get(id) ?? { key, stage: r.stage, count: 0, progressSum: 0, progressReported: 0 };
    row.count += r.projects;
    row.progressSum += r.progressSum;
    row.progressReported += r.progressReported;
    folded.set(id, row);
  }
  return [...folded.values()];
}

// The filtered projects by category and stage: the headline figures and the category card;
// as they stood at the end of `asOf` when one is given.
export function fetchCategoryStageTallies(
  scope: ReadScope,
  filters: ProjectFilters,
  asOf?: string,
): (StageRow & { key: Category })[] {
  if (asOf) return stageRowsOf(fetchTalliesAsOf(scope, filters, asOf), (r) => r.category);
  return getDb()
    .select({ key: tl.category, stage: tl.stage, count: projectCount, progressSum, progressReported })
    .from(tl)
    .where(and(circleOrCity(filters), tallyFilterWhere(scope, filters)))
    .groupBy(tl.category, tl.stage)
    .all();
}

export function fetchProgressByCategory(
  scope: ReadScope,
  filters: ProjectFilters,
  categories: readonly string[],
  asOf?: string,
): ProgressRow[] {
  return foldStageRows(categories, fetchCategoryStageTallies(scope, filters, asOf));
}

function cityStageRowsAsOf(scope: ReadScope, filters: ProjectFilters, cityCodes: readonly string[], asOf: string) {
  const codes = new Map(
    getDb()
      .select({ id: t.cities.id, code: t.cities.code })
      .from(t.cities)
      .all()
      .map((c) => [c.id, c.code]),
  );
  const rows = fetchTalliesAsOf(scope, filters, asOf, { byCity: true, cityCodes });
  return stageRowsOf(rows, (r) => codes.get(r.cityId) ?? '');
}

// A project counts once for every city it touches: a corridor through three cities is
// progress in all three.
export function fetchProgressByCity(
  scope: ReadScope,
  filters: ProjectFilters,
  cityCodes: readonly string[],
  asOf?: string,
): ProgressRow[] {
  if (asOf) return foldStageRows(cityCodes, cityStageRowsAsOf(scope, filters, cityCodes, asOf));
  const rows = getDb()
    .select({ key: t.cities.code, stage: tl.stage, count: projectCount, progressSum, progressReported })
    .from(tl)
    .innerJoin(t.cities, eq(t.cities.id, tl.cityId))
    .where(and(tallyFilterWhere(scope, filters), filters.city ? eq(t.cities.code, filters.city) : undefined))
    .groupBy(t.cities.code, tl.stage)
    .all();
  return foldStageRows(cityCodes, rows);
}

export type CityHealthTally = { cityId: number; cityCode: string; total: number; atRisk: number; offTrack: number };

// Per city: the filtered projects, and those flagged at risk or off track (a rating kept
// internal flags nothing for the public).
export function fetchCityHealthTallies(scope: ReadScope, filters: ProjectFilters): CityHealthTally[] {
  const flagged = (health: Health) =>
    sql<number>`sum(case when ${healthMatchWhere(scope, tl, eq(tl.health, health))} then ${tl.projects} else 0 end)`;
  return getDb()
    .select({
      cityId: t.cities.id,
      cityCode: t.cities.code,
      total: projectCount,
      atRisk: flagged('at_risk'),
      offTrack: flagged('off_track'),
    })
    .from(tl)
    .innerJoin(t.cities, eq(t.cities.id, tl.cityId))
    .where(and(tallyFilterWhere(scope, filters), filters.city ? eq(t.cities.code, filters.city) : undefined))
    .groupBy(t.cities.id)
    .orderBy(t.cities.code)
    .all();
}

// How many projects the filters leave in the whole circle (or the filtered city).
export function countFilteredProjects(scope: ReadScope, filters: ProjectFilters): number {
  return (
    getDb()
      .select({ n: projectCount })
      .from(tl)
      .where(and(circleOrCity(filters), tallyFilterWhere(scope, filters)))
      .get()?.n ?? 0
  );
}
