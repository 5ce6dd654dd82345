import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { isPublicEvidence } from '@/db/evidence/public-view';
import { toPublicHistory, type HistoryChange } from '@/db/history/public-view';
import { milestoneRowsWhere } from '@/db/milestones/public-view';
import { recordRowsWhere } from '@/db/records/public-view';

// What a page of projects links to, each read once for the whole page and through the public
// view of its kind, grouped by project id.

function groupBy<R extends { projectId: number }>(rows: R[]): Map<number, R[]> {
  const groups = new Map<number, R[]>();
  for (const row of rows) {
    const group = groups.get(row.projectId);
    if (group) group.push(row);
    else groups.set(row.projectId, [row]);
  }
  return groups;
}

export function citiesOf(projectIds: number[]) {
  const rows = getDb()
    .select({
      projectId: t.projectCities.projectId,
      code: t.cities.code,
      nameZh: t.cities.nameZh,
      nameEn: t.cities.nameEn,
    })
    .from(t.projectCities)
    .innerJoin(t.cities, eq(t.cities.id, t.projectCities.cityId))
    .where(inArray(t.projectCities.projectId, projectIds))
    .orderBy(asc(t.cities.code))
    .all();
  return groupBy(rows);
}

export function agreementsOf(projectIds: number[]) {
  const rows = getDb()
    .select({
      projectId: t.agreementProjects.projectId,
      code: t.agreements.code,
      nameZh: t.agreements.nameZh,
      nameEn: t.agreements.nameEn,
      signedOn: t.agreements.signedOn,
      cityCodes: sql<
        string | null
      >`(select group_concat(c.code) from ${t.agreementCities} ac join ${t.cities} c on c.id = ac.city_id where ac.agreement_id = ${t.agreements.id})`,
    })
    .from(t.agreementProjects)
    .innerJoin(t.agreements, eq(t.agreements.id, t.agreementProjects.agreementId))
    .where(and(inArray(t.agreementProjects.projectId, projectIds), recordRowsWhere('public', t.agreements)))
    .orderBy(asc(t.agreements.code))
    .all()
    .map((r) => ({ ...r, cityCodes: r.cityCodes ? r.cityCodes.split(',').sort() : [] }));
  return groupBy(rows);
}

export function milestonesOf(projectIds: number[]) {
  const rows = getDb()
    .select({
      projectId: t.milestones.projectId,
      id: t.milestones.id,
      titleZh: t.milestones.titleZh,
      titleEn: t.milestones.titleEn,
      plannedOn: t.milestones.plannedOn,
      actualOn: t.milestones.actualOn,
      status: t.milestones.status,
    })
    .from(t.milestones)
    .where(and(inArray(t.milestones.projectId, projectIds), milestoneRowsWhere('public')))
    .orderBy(asc(t.milestones.id))
    .all();
  return groupBy(rows);
}

// The projects read here are all published, so evidence is public once it is itself.
export function evidenceOf(projectIds: number[]) {
  const published = { publication: 'published', deletedAt: null };
  const rows = getDb()
    .select({
      projectId: t.attachments.projectId,
      id: t.attachments.id,
      fileName: t.attachments.fileName,
      mimeType: t.attachments.mimeType,
      createdAt: t.attachments.createdAt,
      publication: t.attachments.publication,
      deletedAt: t.attachments.deletedAt,
    })
    .from(t.attachments)
    .where(inArray(t.attachments.projectId, projectIds))
    .orderBy(asc(t.attachments.id))
    .all()
    .filter((e) => isPublicEvidence(e, published))
    .map(({ publication: _p, deletedAt: _d, ...e }) => e);
  return groupBy(rows);
}

// Progress values as the public history shows them, oldest first.
export function progressReportsOf(projectIds: number[]) {
  const entries = getDb()
    .select({
      id: t.projectUpdates.id,
      projectId: t.projectUpdates.projectId,
      at: t.projectUpdates.createdAt,
      changes: t.projectUpdates.changes,
    })
    .from(t.projectUpdates)
    .where(
      and(inArray(t.projectUpdates.projectId, projectIds), sql`instr(${t.projectUpdates.changes}, '"progress"') > 0`),
    )
    .orderBy(asc(t.projectUpdates.id))
    .all()
    .map((r) => ({ ...r, changes: JSON.parse(r.changes) as HistoryChange[] }));
  const reports = toPublicHistory(entries).flatMap((e) =>
    e.changes
      .filter((c) => c.field === 'progress')
      .map((c) => ({
        projectId: e.projectId,
        historyId: e.id,
        at: e.at,
        value: typeof c.to === 'number' ? c.to : null,
      })),
  );
  return groupBy(reports);
}
