import 'server-only';
import { and, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { STAGE_GROUP, type StageGroup } from '@/lib/enums';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import type { ReadScope } from '@/db/core/read-scope';
import { projectFilterWhere } from '@/db/projects/queries';
import type { ProjectFilters } from '@/lib/project-filters';
import { medianOfCounts } from '@/lib/schedule/median';
import { fetchTalliesAsOf, type TallyRow } from './as-of';

// Slippage and progress as they stood at the end of a day, for the dashboard's schedule cards.

export type SlipFigures = {
  key: string;
  projects: number;
  // Projects with a baseline and an end to compare it with.
  baselined: number;
  late: number;
  // Days past the baseline, summed over the late projects.
  lateDays: number;
};

export type ScheduleSnapshot = {
  day: string;
  total: SlipFigures & { byGroup: Record<StageGroup, number>; averageProgress: number | null };
  byCategory: SlipFigures[];
  byCity: SlipFigures[];
};

function slipFigures(key: string, rows: TallyRow[]): SlipFigures {
  const late = rows.filter((r) => r.late);
  return {
    key,
    projects: rows.reduce((n, r) => n + r.projects, 0),
    baselined: rows.reduce((n, r) => n + r.baselined, 0),
    late: late.reduce((n, r) => n + r.projects, 0),
    lateDays: late.reduce((n, r) => n + r.slipDays, 0),
  };
}

function byKey<K extends string>(rows: TallyRow[], keys: readonly K[], keyOf: (r: TallyRow) => string) {
  return keys.map((key) =>
    slipFigures(
      key,
      rows.filter((r) => keyOf(r) === key),
    ),
  );
}

export function fetchScheduleSnapshot(
  scope: ReadScope,
  filters: ProjectFilters,
  day: string,
  categories: readonly string[],
  cities: readonly { id: number; code: string }[],
): ScheduleSnapshot {
  const circle = fetchTalliesAsOf(scope, filters, day);
  const perCity = fetchTalliesAsOf(scope, filters, day, { byCity: true, cityCodes: cities.map((c) => c.code) });
  const codeOf = new Map(cities.map((c) => [c.id, c.code]));
  const group = (g: StageGroup) => circle.filter((r) => STAGE_GROUP[r.stage] === g).reduce((n, r) => n + r.projects, 0);
  const reported = circle.reduce((n, r) => n + r.progressReported, 0);
  return {
    day,
    total: {
      ...slipFigures('all', circle),
      byGroup: {
        planned: group('planned'),
        underway: group('underway'),
        done: group('done'),
        cancelled: group('cancelled'),
      },
      averageProgress: reported ? circle.reduce((n, r) => n + r.progressSum, 0) / reported : null,
    },
    byCategory: byKey(circle, categories, (r) => r.category),
    byCity: byKey(
      perCity,
      cities.map((c) => c.code),
      (r) => codeOf.get(r.cityId) ?? '',
    ),
  };
}

export const MOST_SLIPPED_SHOWN = 10;

// The projects furthest behind their baseline now, each with the latest reason given. The ten
// are picked from the index of late projects (days late and id), and only their rows are read.
export function fetchMostSlipped(scope: ReadScope, filters: ProjectFilters) {
  const p = t.projects;
  const db = getDb();
  const furthest = db
    .select({ id: p.id })
    .from(p)
    .where(and(eq(p.late, true), isNotNull(p.slippageDays), projectFilterWhere(scope, filters)))
    .orderBy(desc(p.slippageDays), p.id)
    .limit(MOST_SLIPPED_SHOWN);
  return db
    .select({
      code: p.code,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      slippageDays: sql<number>`${p.slippageDays}`,
      baselineEnd: p.baselineEnd,
      plannedEnd: p.plannedEnd,
      actualEnd: p.actualEnd,
      scheduleReason: p.scheduleReason,
    })
    .from(p)
    .where(inArray(p.id, furthest))
    .orderBy(desc(p.slippageDays), p.id)
    .all();
}

export type LateMedians = { all: number | null; byCategory: Map<string, number | null> };

// Median days late now, for the circle and each category: medians do not add up, so they are
// read from the late projects themselves rather than from the tallies, as how many projects are
// late by each number of days (the index of late projects holds them in that order). What comes
// back is bounded by the spread of days, not by the number of projects. Not by city: that would
// read every late project's cities on each uncached view.
export function fetchLateMedians(scope: ReadScope, filters: ProjectFilters): LateMedians {
  const p = t.projects;
  const rows = getDb()
    .select({ category: p.category, slip: sql<number>`${p.slippageDays}`, projects: count() })
    .from(p)
    .where(and(eq(p.late, true), projectFilterWhere(scope, filters)))
    .groupBy(p.category, p.slippageDays)
    .all();
  const byCategory = new Map<string, [number, number][]>();
  const all = new Map<number, number>();
  for (const { category, slip, projects } of rows) {
    const counts = byCategory.get(category) ?? [];
    counts.push([slip, projects]);
    byCategory.set(category, counts);
    all.set(slip, (all.get(slip) ?? 0) + projects);
  }
  return {
    all: medianOfCounts([...all].sort(([a], [b]) => a - b)),
    byCategory: new Map([...byCategory].map(([key, counts]) => [key, medianOfCounts(counts)])),
  };
}
