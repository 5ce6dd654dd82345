import 'server-only';
import { and, asc, eq, gt, inArray, isNotNull, isNull } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { nextLevel, type GridCell } from '@/lib/geo/map-grid';
import type { ProjectFilters } from '@/lib/project-filters';
import { projectRowsWhere } from '@/db/projects/public-view';
import { recordRowsWhere } from '@/db/records/public-view';
import { countLocated, fetchGridClusters, locatedWhere } from './clusters';
import { cityClustersFromTallies, countMapProjectsFromTallies } from './map-tallies';
import { fetchAgreements } from '@/db/records/queries';

// The public map's reads. The map is the public face of the tracker, so every read here is in
// the public scope whoever is signed in, and selects its columns by name: internal notes,
// internal health ratings and update authors are never read, so they cannot leak.

export type MapFilters = Pick<ProjectFilters, 'city' | 'category' | 'stage' | 'status'>;

// Beyond this many symbols an SVG map stops being readable or fast; the page says when it cuts.
export const MAP_PROJECT_LIMIT = 500;

function cityCodesByProject(projectIds: number[]): Map<number, string[]> {
  const byProject = new Map<number, string[]>();
  if (projectIds.length === 0) return byProject;
  const rows = getDb()
    .select({ projectId: t.projectCities.projectId, code: t.cities.code })
    .from(t.projectCities)
    .innerJoin(t.cities, eq(t.cities.id, t.projectCities.cityId))
    .where(inArray(t.projectCities.projectId, projectIds))
    .orderBy(asc(t.cities.code))
    .all();
  for (const r of rows) byProject.set(r.projectId, [...(byProject.get(r.projectId) ?? []), r.code]);
  return byProject;
}

const rowColumns = {
  id: t.projects.id,
  code: t.projects.code,
  nameZh: t.projects.nameZh,
  nameEn: t.projects.nameEn,
  category: t.projects.category,
  stage: t.projects.stage,
  progress: t.projects.progress,
  geometry: t.projects.geometry,
};

function withCityCodes<R extends { id: number }>(rows: R[]) {
  const cities = cityCodesByProject(rows.map((r) => r.id));
  return rows.map(({ id, ...r }) => ({ ...r, cityCodes: cities.get(id) ?? [] }));
}

// Located projects matching the filters, and within `cell` when given: how many, and how many
// more match but have no place on the map.
// Within a grid cell the projects themselves are counted; otherwise the tallies answer.
function countMapProjects(filters: MapFilters, cell?: GridCell) {
  const counts = countMapProjectsFromTallies(filters);
  return cell ? { ...counts, located: countLocated(filters, cell) } : counts;
}

function fetchLocatedRows(filters: MapFilters, cell: GridCell | undefined, limit: number) {
  const rows = getDb()
    .select(rowColumns)
    .from(t.projects)
    .where(locatedWhere(filters, cell))
    .orderBy(asc(t.projects.category), asc(t.projects.code))
    .limit(limit)
    .all();
  return withCityCodes(rows);
}

export function fetchMapProjects(
  filters: MapFilters,
  { cell, limit = MAP_PROJECT_LIMIT }: { cell?: GridCell; limit?: number } = {},
) {
  return { projects: fetchLocatedRows(filters, cell, limit), ...countMapProjects(filters, cell) };
}

// Below `threshold` located projects in view the map draws each one; above it, counts: per
// city when no city or cell is chosen, else per grid cell one level finer than the view. In
// the finest cell nothing is finer, so its projects are drawn, capped at the threshold.
export function fetchMapView(filters: MapFilters, { cell, threshold }: { cell?: GridCell; threshold: number }) {
  const counts = countMapProjects(filters, cell);
  const level = nextLevel(cell ?? null);
  if (counts.located <= threshold || level === null) {
    return { mode: 'projects' as const, projects: fetchLocatedRows(filters, cell, threshold), ...counts };
  }
  if (!cell && !filters.city) return { mode: 'cities' as const, clusters: cityClustersFromTallies(filters), ...counts };
  return { mode: 'grid' as const, clusters: fetchGridClusters(filters, level, cell), ...counts };
}

// One page of the located projects in view, in code order, for the list beside a map that
// shows counts. Keyset paging: `after` is the last code of the page before.
export function fetchMapListPage(
  filters: MapFilters,
  { cell, after, limit }: { cell?: GridCell; after?: string; limit: number },
) {
  const where = after ? and(locatedWhere(filters, cell), gt(t.projects.code, after)) : locatedWhere(filters, cell);
  const rows = getDb()
    .select(rowColumns)
    .from(t.projects)
    .where(where)
    .orderBy(asc(t.projects.code))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  return { projects: withCityCodes(page), nextAfter: rows.length > limit ? page[page.length - 1].code : null };
}

export type MapProjectRow = ReturnType<typeof fetchLocatedRows>[number];
export type MapViewRows = ReturnType<typeof fetchMapView>;

const located = isNotNull(t.projects.geometry);

// Everything the map's project panel shows, or null when the project is not published, has
// been deleted, or has no place on the map: the public cannot tell these apart.
export function fetchMapProjectDetail(code: string) {
  const db = getDb();
  const project = db
    .select({
      id: t.projects.id,
      code: t.projects.code,
      nameZh: t.projects.nameZh,
      nameEn: t.projects.nameEn,
      category: t.projects.category,
      stage: t.projects.stage,
      progress: t.projects.progress,
      plannedStart: t.projects.plannedStart,
      plannedEnd: t.projects.plannedEnd,
      actualStart: t.projects.actualStart,
      actualEnd: t.projects.actualEnd,
      lastVerifiedAt: t.projects.lastVerifiedAt,
      sourceQuote: t.projects.sourceQuote,
      geometry: t.projects.geometry,
    })
    .from(t.projects)
    .where(and(eq(t.projects.code, code), projectRowsWhere('public'), located))
    .get();
  if (!project) return null;
  const cities = db
    .select({ code: t.cities.code, nameZh: t.cities.nameZh, nameEn: t.cities.nameEn })
    .from(t.projectCities)
    .innerJoin(t.cities, eq(t.cities.id, t.projectCities.cityId))
    .where(eq(t.projectCities.projectId, project.id))
    .orderBy(asc(t.cities.code))
    .all();
  const agreements = db
    .select({
      code: t.agreements.code,
      nameZh: t.agreements.nameZh,
      nameEn: t.agreements.nameEn,
      signedOn: t.agreements.signedOn,
    })
    .from(t.agreementProjects)
    .innerJoin(t.agreements, eq(t.agreements.id, t.agreementProjects.agreementId))
    .where(and(eq(t.agreementProjects.projectId, project.id), recordRowsWhere('public', t.agreements)))
    .orderBy(asc(t.agreements.signedOn), asc(t.agreements.code))
    .all();
  // Who uploaded a file is staff business; the public sees what it is and when it was published.
  const evidence = db
    .select({
      id: t.attachments.id,
      fileName: t.attachments.fileName,
      mimeType: t.attachments.mimeType,
      sizeBytes: t.attachments.sizeBytes,
      createdAt: t.attachments.createdAt,
    })
    .from(t.attachments)
    .where(
      and(
        eq(t.attachments.projectId, project.id),
        eq(t.attachments.publication, 'published'),
        isNull(t.attachments.deletedAt),
      ),
    )
    .orderBy(asc(t.attachments.createdAt), asc(t.attachments.id))
    .all();
  const { id: _id, ...facts } = project;
  return { ...facts, cities, agreements, evidence };
}

export type MapProjectDetail = Omit<NonNullable<ReturnType<typeof fetchMapProjectDetail>>, 'geometry'>;

export function fetchCityAgreements(cityCode: string) {
  return fetchAgreements('public')
    .filter((a) => a.cityCodes.includes(cityCode))
    .map((a) => ({ code: a.code, nameZh: a.nameZh, nameEn: a.nameEn, signedOn: a.signedOn }));
}
