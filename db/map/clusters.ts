import 'server-only';
import { and, isNotNull, sql, type SQL } from 'drizzle-orm';
import { CATEGORIES, type Category } from '@/lib/enums';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { GRID_PER_DEGREE, type GridCell } from '@/lib/geo/map-grid';
import type { MapFilters } from './queries';
import { projectFilterWhere } from '@/db/projects/queries';

// The public map's counts for when there are too many projects to draw one by one. Every
// count is a GROUP BY in SQLite: the projects themselves never come into JavaScript.

export type CategoryCounts = Partial<Record<Category, number>>;
export type CityCluster = { cityCode: string; total: number; byCategory: CategoryCounts };
// lng/lat: the mean position of the cell's projects, where its badge is drawn.
export type GridCluster = { cell: GridCell; total: number; byCategory: CategoryCounts; lng: number; lat: number };

const geometry = t.projects.geometry;

// Where a project's symbol sits, in degrees: a site's point, or the middle between a
// corridor's two ends (the symbol is drawn halfway along the line; on straight corridors the
// two agree). Text that is not JSON gives null, so one bad row cannot break the counts.
function anchor(axis: 0 | 1): SQL<number | null> {
  const point = sql.raw(`'$.coordinates[${axis}]'`);
  const first = sql.raw(`'$.coordinates[0][${axis}]'`);
  const last = sql.raw(`'$.coordinates[#-1][${axis}]'`);
  return sql`(case when json_valid(${geometry}) then (case when json_extract(${geometry}, '$.type') = 'Point'
    then json_extract(${geometry}, ${point})
    else (json_extract(${geometry}, ${first}) + json_extract(${geometry}, ${last})) / 2 end) end)`;
}

export function locatedWhere(filters: MapFilters, cell?: GridCell): SQL {
  const where = and(projectFilterWhere('public', filters), isNotNull(geometry))!;
  if (!cell) return where;
  const perDegree = GRID_PER_DEGREE[cell.level];
  return and(
    where,
    sql`floor(${anchor(0)} * ${perDegree}) = ${cell.ix}`,
    sql`floor(${anchor(1)} * ${perDegree}) = ${cell.iy}`,
  )!;
}

export function countLocated(filters: MapFilters, cell?: GridCell): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(t.projects)
      .where(locatedWhere(filters, cell))
      .get()?.n ?? 0
  );
}

export function addCount<K>(
  totals: Map<K, { total: number; byCategory: CategoryCounts }>,
  key: K,
  category: Category,
  n: number,
) {
  const entry = totals.get(key) ?? { total: 0, byCategory: {} };
  entry.total += n;
  entry.byCategory[category] = (entry.byCategory[category] ?? 0) + n;
  totals.set(key, entry);
}

type GridRow = { ix: number; iy: number; category: Category; n: number; lng: number; lat: number };

// Located projects per grid cell of `level` and category, inside `within` when given. The
// anchor is worked out once per project (a materialized CTE) and not again for each use.
export function fetchGridClusters(filters: MapFilters, level: number, within?: GridCell): GridCluster[] {
  const perDegree = GRID_PER_DEGREE[level];
  const rows = getDb().all<GridRow>(sql`with located as materialized (
      select ${t.projects.category} as category, ${anchor(0)} as lng, ${anchor(1)} as lat
      from ${t.projects} where ${locatedWhere(filters, within)})
    select cast(floor(lng * ${perDegree}) as integer) as ix, cast(floor(lat * ${perDegree}) as integer) as iy,
      category, count(*) as n, sum(lng) as lng, sum(lat) as lat
    from located where lng is not null and lat is not null
    group by ix, iy, category order by ix, iy`);
  const totals = new Map<
    string,
    { total: number; byCategory: CategoryCounts; ix: number; iy: number; lng: number; lat: number }
  >();
  for (const r of rows) {
    const key = `${r.ix},${r.iy}`;
    const entry = totals.get(key) ?? { total: 0, byCategory: {}, ix: r.ix, iy: r.iy, lng: 0, lat: 0 };
    entry.lng += r.lng;
    entry.lat += r.lat;
    totals.set(key, entry);
    addCount(totals, key, r.category, r.n);
  }
  return [...totals.values()].map(({ ix, iy, total, byCategory, lng, lat }) => ({
    cell: { level, ix, iy },
    total,
    byCategory,
    lng: lng / total,
    lat: lat / total,
  }));
}

// In the order the map's legend and list use.
export function categoriesOf(counts: CategoryCounts): [Category, number][] {
  return CATEGORIES.flatMap((c) => (counts[c] ? [[c, counts[c]] as [Category, number]] : []));
}
