import 'server-only';
import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { stagesInGroup } from '@/lib/enums';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { addCount, type CategoryCounts, type CityCluster } from './clusters';
import type { MapFilters } from './queries';
import { cityIdOf } from '@/db/dashboard/tallies';

// The map's counts from map_tallies (migration 0013), which its triggers keep for the projects
// the public may see: published and not deleted, the public view's rule for projects
// (db/projects/public-view.ts), restated in the tally as project_tallies restates it. Read here
// instead of counting every project, so the cost does not grow with the number of projects.

const m = t.mapTallies;

function filterWhere(filters: MapFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.category) conditions.push(eq(m.category, filters.category));
  if (filters.stage) conditions.push(eq(m.stage, filters.stage));
  if (filters.status) conditions.push(inArray(m.stage, stagesInGroup(filters.status)));
  return conditions;
}

// Projects on the map and off it (no location) for the filters, in one city or the whole circle.
export function countMapProjectsFromTallies(filters: MapFilters): { located: number; unlocated: number } {
  const rows = getDb()
    .select({ located: m.located, projects: sql<number>`sum(${m.projects})` })
    .from(m)
    .where(and(eq(m.cityId, filters.city ? cityIdOf(filters.city) : sql`0`), ...filterWhere(filters)))
    .groupBy(m.located)
    .all();
  const count = (located: boolean) => rows.find((r) => r.located === located)?.projects ?? 0;
  return { located: count(true), unlocated: count(false) };
}

// Located projects per city and category. A corridor between two cities counts in both, as it
// does when either city is chosen.
export function cityClustersFromTallies(filters: MapFilters): CityCluster[] {
  const rows = getDb()
    .select({ cityCode: t.cities.code, category: m.category, n: sql<number>`sum(${m.projects})` })
    .from(m)
    .innerJoin(t.cities, eq(t.cities.id, m.cityId))
    .where(and(ne(m.cityId, 0), eq(m.located, true), ...filterWhere(filters)))
    .groupBy(t.cities.code, m.category)
    .having(sql`sum(${m.projects}) > 0`)
    .orderBy(asc(t.cities.code))
    .all();
  const clusters = new Map<string, { total: number; byCategory: CategoryCounts }>();
  for (const { cityCode, category, n } of rows) addCount(clusters, cityCode, category, n);
  return [...clusters].map(([cityCode, counts]) => ({ cityCode, ...counts }));
}
