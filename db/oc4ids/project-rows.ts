import 'server-only';
import { and, asc, eq, gt } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { projectFilterWhere } from '@/db/projects/queries';
import type { ProjectFilters } from '@/lib/project-filters';

// The public columns the export maps: no internal note, no health (OC4IDS has no field for it).
const columns = {
  id: t.projects.id,
  code: t.projects.code,
  nameZh: t.projects.nameZh,
  nameEn: t.projects.nameEn,
  descriptionZh: t.projects.descriptionZh,
  descriptionEn: t.projects.descriptionEn,
  category: t.projects.category,
  stage: t.projects.stage,
  progress: t.projects.progress,
  plannedStart: t.projects.plannedStart,
  plannedEnd: t.projects.plannedEnd,
  actualStart: t.projects.actualStart,
  actualEnd: t.projects.actualEnd,
  geometry: t.projects.geometry,
  geometryApproximate: t.projects.geometryApproximate,
  sourceQuote: t.projects.sourceQuote,
  updatedAt: t.projects.updatedAt,
  lastVerifiedAt: t.projects.lastVerifiedAt,
};

export type Oc4idsProjectRow = Awaited<ReturnType<typeof fetchOc4idsProjectRows>>[number];

// A page of the published projects that match the list's filters (or one project by code), in
// id order after `after`: keyset paging, so the last page of 100,000 costs what the first does.
export function fetchOc4idsProjectRows(filters: ProjectFilters & { code?: string }, after: number, limit: number) {
  const { code, ...listFilters } = filters;
  const where = [projectFilterWhere('public', listFilters), gt(t.projects.id, after)];
  if (code !== undefined) where.push(eq(t.projects.code, code));
  return getDb()
    .select(columns)
    .from(t.projects)
    .where(and(...where))
    .orderBy(asc(t.projects.id))
    .limit(limit)
    .all();
}
