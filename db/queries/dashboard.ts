import 'server-only';
import { and, asc, desc, eq, exists, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/sqlite-core';
import { STAGES, stagesInGroup, type Health, type Stage, type StageGroup } from '@/db/enums';
import { getDb } from '@/db/client';
import * as t from '@/db/schema';
import type { ProjectFilters } from '@/lib/project-filters';
import { outerId } from './outer-id';
import { projectFilterWhere } from './projects';
import { visibleWhere, type ReadScope } from './read-scope';

// Every figure on the dashboard is a SQL aggregate over the filtered projects; at most a few
// dozen grouped rows ever reach JavaScript, so the page costs the same with 100,000 projects.

// How long a project's facts may go unconfirmed before the dashboard asks for a check.
export const STALE_AFTER_DAYS = 90;

export function staleCutoff(now: Date, days = STALE_AFTER_DAYS): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

const p = t.projects;
const FLAGGED_HEALTHS: Health[] = ['at_risk', 'off_track'];

// A health rating staff keep internal does not exist for the public: it must not be counted by it.
function healthVisible(scope: ReadScope): SQL | undefined {
  return scope === 'public' ? eq(p.healthInternal, false) : undefined;
}

function hasProjectFilter(filters: ProjectFilters): boolean {
  return Boolean(filters.category || filters.stage || filters.health || filters.status);
}

// Agreements name their cities and the projects they commit to, so they follow the city
// filter through their cities and the other filters through their projects.
function agreementWhere(scope: ReadScope, filters: ProjectFilters): SQL {
  const db = getDb();
  const conditions: SQL[] = [visibleWhere(scope, t.agreements)];
  if (filters.city) {
    conditions.push(exists(db.select({ one: sql`1` }).from(t.agreementCities).innerJoin(t.cities, eq(t.cities.id, t.agreementCities.cityId))
      .where(and(eq(t.agreementCities.agreementId, t.agreements.id), eq(t.cities.code, filters.city)))));
  }
  if (hasProjectFilter(filters)) {
    conditions.push(exists(db.select({ one: sql`1` }).from(t.agreementProjects).innerJoin(p, eq(p.id, t.agreementProjects.projectId))
      .where(and(eq(t.agreementProjects.agreementId, t.agreements.id), projectFilterWhere(scope, filters)))));
  }
  return and(...conditions)!;
}

// Organizations and events have no stage or category: they follow the city filter only.
function organizationWhere(scope: ReadScope, filters: ProjectFilters): SQL {
  const inCity = filters.city
    ? exists(getDb().select({ one: sql`1` }).from(t.organizationCities).innerJoin(t.cities, eq(t.cities.id, t.organizationCities.cityId))
      .where(and(eq(t.organizationCities.organizationId, t.organizations.id), eq(t.cities.code, filters.city))))
    : undefined;
  return and(visibleWhere(scope, t.organizations), inCity)!;
}

function eventWhere(scope: ReadScope, filters: ProjectFilters): SQL {
  const inCity = filters.city ? sql`${t.events.hostCityId} = (select id from ${t.cities} where code = ${filters.city})` : undefined;
  return and(visibleWhere(scope, t.events), inCity)!;
}

const countAll = sql<number>`count(*)`;
const doneCount = sql<number>`coalesce(sum(case when ${inArray(p.stage, stagesInGroup('done'))} then 1 else 0 end), 0)`;
const progressSum = sql<number>`coalesce(sum(${p.progress}), 0)`;
const progressReported = sql<number>`count(${p.progress})`;

export type StageCounts = Record<Stage, number>;
export type ProgressRow = { key: string; stages: StageCounts; total: number; averageProgress: number | null; progressReported: number };

// Folds (key, stage) aggregates into one row per key. Averages are exact: sums and counts of
// reported progress add up across stages, so sum / count is the AVG over the key's projects.
export function foldStageRows(keys: readonly string[], rows: { key: string; stage: Stage; count: number; progressSum: number; progressReported: number }[]): ProgressRow[] {
  return keys.map((key) => {
    const own = rows.filter((r) => r.key === key);
    const stages = Object.fromEntries(STAGES.map((s) => [s, own.find((r) => r.stage === s)?.count ?? 0])) as StageCounts;
    const reported = own.reduce((n, r) => n + r.progressReported, 0);
    const sum = own.reduce((n, r) => n + r.progressSum, 0);
    return { key, stages, total: own.reduce((n, r) => n + r.count, 0), averageProgress: reported ? sum / reported : null, progressReported: reported };
  });
}

export function fetchProgressByCategory(scope: ReadScope, filters: ProjectFilters, categories: readonly string[]): ProgressRow[] {
  const rows = getDb().select({ key: p.category, stage: p.stage, count: countAll, progressSum, progressReported })
    .from(p).where(projectFilterWhere(scope, filters)).groupBy(p.category, p.stage).all();
  return foldStageRows(categories, rows);
}

// A project counts once for every city it touches: a corridor through three cities is
// progress in all three.
export function fetchProgressByCity(scope: ReadScope, filters: ProjectFilters, cityCodes: readonly string[]): ProgressRow[] {
  const rows = getDb().select({ key: t.cities.code, stage: p.stage, count: countAll, progressSum, progressReported })
    .from(t.projectCities).innerJoin(p, eq(p.id, t.projectCities.projectId)).innerJoin(t.cities, eq(t.cities.id, t.projectCities.cityId))
    .where(and(projectFilterWhere(scope, filters), filters.city ? eq(t.cities.code, filters.city) : undefined))
    .groupBy(t.cities.code, p.stage).all();
  return foldStageRows(cityCodes, rows);
}

export type HeadlineFigures = {
  total: number; byGroup: Record<StageGroup, number>; services: number; agreements: number; organizations: number;
};

export function fetchHeadlineFigures(scope: ReadScope, filters: ProjectFilters): HeadlineFigures {
  const db = getDb();
  const where = projectFilterWhere(scope, filters);
  const stages = db.select({ stage: p.stage, count: countAll }).from(p).where(where).groupBy(p.stage).all();
  const inGroup = (group: StageGroup) => stages.filter((r) => stagesInGroup(group).includes(r.stage)).reduce((n, r) => n + r.count, 0);
  const services = db.select({ n: countAll }).from(p).where(and(where, eq(p.category, 'services'))).get()?.n ?? 0;
  const agreements = db.select({ n: countAll }).from(t.agreements).where(and(agreementWhere(scope, filters), isNotNull(t.agreements.signedOn))).get()?.n ?? 0;
  const organizations = db.select({ n: countAll }).from(t.organizations).where(and(organizationWhere(scope, filters), isNotNull(t.organizations.foundedOn))).get()?.n ?? 0;
  return {
    total: stages.reduce((n, r) => n + r.count, 0),
    byGroup: { planned: inGroup('planned'), underway: inGroup('underway'), done: inGroup('done'), cancelled: inGroup('cancelled') },
    services, agreements, organizations,
  };
}

export const AGREEMENT_PROJECTS_SHOWN = 8;

export function fetchAgreementDelivery(scope: ReadScope, filters: ProjectFilters) {
  const db = getDb();
  const agreements = db.select({
    id: t.agreements.id, code: t.agreements.code, nameZh: t.agreements.nameZh, nameEn: t.agreements.nameEn, signedOn: t.agreements.signedOn,
    projectCount: sql<number>`count(${p.id})`, doneCount, averageProgress: sql<number | null>`avg(${p.progress})`, progressReported,
  }).from(t.agreements)
    .leftJoin(t.agreementProjects, eq(t.agreementProjects.agreementId, t.agreements.id))
    .leftJoin(p, and(eq(p.id, t.agreementProjects.projectId), projectFilterWhere(scope, filters)))
    .where(agreementWhere(scope, filters)).groupBy(t.agreements.id)
    .orderBy(sql`${t.agreements.signedOn} is null`, asc(t.agreements.signedOn), asc(t.agreements.code)).all();
  if (agreements.length === 0) return [];
  // The first few committed projects of each agreement, picked by the database, not by paging in JS.
  const ranked = db.select({
    agreementId: t.agreementProjects.agreementId, code: p.code, nameZh: p.nameZh, nameEn: p.nameEn, stage: p.stage, progress: p.progress,
    rank: sql<number>`row_number() over (partition by ${t.agreementProjects.agreementId} order by ${p.code})`.as('rank'),
  }).from(t.agreementProjects).innerJoin(p, eq(p.id, t.agreementProjects.projectId))
    .where(and(inArray(t.agreementProjects.agreementId, agreements.map((a) => a.id)), projectFilterWhere(scope, filters))).as('ranked');
  const shown = db.select().from(ranked).where(lte(ranked.rank, AGREEMENT_PROJECTS_SHOWN)).orderBy(asc(ranked.agreementId), asc(ranked.rank)).all();
  return agreements.map(({ id, ...a }) => ({ ...a, projects: shown.filter((r) => r.agreementId === id).map(({ agreementId: _a, rank: _r, ...r }) => r) }));
}

export const TIMELINE_LIMIT = 300;
export type TimelineKind = 'agreement' | 'event' | 'organization' | 'milestone';

export function fetchTimeline(scope: ReadScope, filters: ProjectFilters) {
  const db = getDb();
  const kind = (k: TimelineKind) => sql<TimelineKind>`${k}`.as('kind');
  const none = sql<string | null>`null`;
  const agreements = db.select({
    kind: kind('agreement'), code: t.agreements.code, nameZh: t.agreements.nameZh, nameEn: t.agreements.nameEn,
    date: sql<string>`${t.agreements.signedOn}`.as('date'), projectCode: none.as('project_code'), status: none.as('status'),
  }).from(t.agreements).where(and(agreementWhere(scope, filters), isNotNull(t.agreements.signedOn)));
  const events = db.select({
    kind: kind('event'), code: t.events.code, nameZh: t.events.nameZh, nameEn: t.events.nameEn,
    date: sql<string>`${t.events.heldOn}`.as('date'), projectCode: none.as('project_code'), status: none.as('status'),
  }).from(t.events).where(and(eventWhere(scope, filters), isNotNull(t.events.heldOn)));
  const organizations = db.select({
    kind: kind('organization'), code: t.organizations.code, nameZh: t.organizations.nameZh, nameEn: t.organizations.nameEn,
    date: sql<string>`${t.organizations.foundedOn}`.as('date'), projectCode: none.as('project_code'), status: none.as('status'),
  }).from(t.organizations).where(and(organizationWhere(scope, filters), isNotNull(t.organizations.foundedOn)));
  const milestoneDate = sql<string>`coalesce(${t.milestones.actualOn}, ${t.milestones.plannedOn})`;
  const milestones = db.select({
    kind: kind('milestone'), code: sql<string>`cast(${t.milestones.id} as text)`.as('code'), nameZh: t.milestones.titleZh, nameEn: t.milestones.titleEn,
    date: milestoneDate.as('date'), projectCode: sql<string | null>`${p.code}`.as('project_code'), status: sql<string | null>`${t.milestones.status}`.as('status'),
  }).from(t.milestones).innerJoin(p, eq(p.id, t.milestones.projectId))
    .where(and(visibleWhere(scope, t.milestones), projectFilterWhere(scope, filters), isNotNull(milestoneDate)));
  // Milestones belong to projects, so only they follow the category, stage and health filters.
  const parts = hasProjectFilter(filters) ? [agreements, milestones] as const : [agreements, events, organizations, milestones] as const;
  const [first, second, ...rest] = parts;
  const rows = unionAll(first, second, ...rest).orderBy(sql`date`, sql`kind`, sql`code`).limit(TIMELINE_LIMIT + 1).all();
  return { entries: rows.slice(0, TIMELINE_LIMIT), truncated: rows.length > TIMELINE_LIMIT };
}

export type DashboardChange = { field: string; from: unknown; to: unknown };
const INTERNAL_CHANGE_FIELDS = new Set(['internalNote', 'healthInternal']);

export function fetchRecentChanges(scope: ReadScope, filters: ProjectFilters, limit = 15) {
  const rows = getDb().select({
    id: t.projectUpdates.id, createdAt: t.projectUpdates.createdAt, changes: t.projectUpdates.changes,
    code: p.code, nameZh: p.nameZh, nameEn: p.nameEn, healthInternal: p.healthInternal, userName: t.users.displayName,
  }).from(t.projectUpdates).innerJoin(p, eq(p.id, t.projectUpdates.projectId)).leftJoin(t.users, eq(t.users.id, t.projectUpdates.userId))
    .where(projectFilterWhere(scope, filters)).orderBy(desc(t.projectUpdates.createdAt), desc(t.projectUpdates.id)).limit(limit).all();
  // The public learns what changed and when, never who changed it nor a rating kept internal.
  return rows.map(({ healthInternal, changes, userName, ...r }) => ({
    ...r,
    userName: scope === 'internal' ? userName : null,
    changes: (JSON.parse(changes) as DashboardChange[]).filter((c) => scope === 'internal'
      || !(INTERNAL_CHANGE_FIELDS.has(c.field) || (c.field === 'health' && healthInternal))),
  })).filter((r) => r.changes.length > 0);
}

export const ATTENTION_PROJECTS_SHOWN = 5;

export function fetchNeedsAttention(scope: ReadScope, filters: ProjectFilters, cutoff: string) {
  const db = getDb();
  const flagged = and(inArray(p.health, FLAGGED_HEALTHS), healthVisible(scope))!;
  const stale = or(isNull(p.lastVerifiedAt), lt(p.lastVerifiedAt, cutoff))!;
  const where = and(projectFilterWhere(scope, filters), or(flagged, stale), filters.city ? eq(t.cities.code, filters.city) : undefined);
  const isHealth = (h: Health) => sql<number>`coalesce(sum(case when ${and(flagged, eq(p.health, h))!} then 1 else 0 end), 0)`;
  const cities = db.select({
    cityCode: t.cities.code, atRisk: isHealth('at_risk'), offTrack: isHealth('off_track'),
    stale: sql<number>`coalesce(sum(case when ${stale} then 1 else 0 end), 0)`, total: countAll,
  }).from(t.projectCities).innerJoin(p, eq(p.id, t.projectCities.projectId)).innerJoin(t.cities, eq(t.cities.id, t.projectCities.cityId))
    .where(where).groupBy(t.cities.code).orderBy(asc(t.cities.code)).all();
  // Worst first: off track, at risk, then the longest unverified.
  const severity = sql`case when ${and(flagged, eq(p.health, 'off_track'))!} then 0 when ${flagged} then 1 else 2 end`;
  const ranked = db.select({
    cityCode: sql<string>`${t.cities.code}`.as('city_code'), code: p.code, nameZh: p.nameZh, nameEn: p.nameEn,
    health: sql<Health | null>`case when ${flagged} then ${p.health} else null end`.as('flagged_health'),
    lastVerifiedAt: p.lastVerifiedAt,
    rank: sql<number>`row_number() over (partition by ${t.cities.code} order by ${severity}, ${p.lastVerifiedAt} nulls first, ${p.code})`.as('rank'),
  }).from(t.projectCities).innerJoin(p, eq(p.id, t.projectCities.projectId)).innerJoin(t.cities, eq(t.cities.id, t.projectCities.cityId))
    .where(where).as('ranked');
  const shown = db.select().from(ranked).where(lte(ranked.rank, ATTENTION_PROJECTS_SHOWN)).orderBy(asc(ranked.cityCode), asc(ranked.rank)).all();
  return cities.map((c) => ({ ...c, projects: shown.filter((r) => r.cityCode === c.cityCode).map(({ cityCode: _c, rank: _r, ...r }) => r) }));
}

export const EXPORT_PAGE_SIZE = 500;

// Keyset pages of the filtered list for the export, so a large download streams in pieces.
export function fetchProjectExportPage(scope: ReadScope, filters: ProjectFilters, after = 0) {
  return getDb().select({
    id: p.id, code: p.code, nameZh: p.nameZh, nameEn: p.nameEn, category: p.category, stage: p.stage, health: p.health,
    healthInternal: p.healthInternal, progress: p.progress, plannedStart: p.plannedStart, plannedEnd: p.plannedEnd,
    actualStart: p.actualStart, actualEnd: p.actualEnd, lastVerifiedAt: p.lastVerifiedAt, publication: p.publication,
    cityCodes: sql<string | null>`(select group_concat(c.code) from ${t.projectCities} pc join ${t.cities} c on c.id = pc.city_id where pc.project_id = ${outerId(p)})`,
  }).from(p).where(and(projectFilterWhere(scope, filters), sql`${p.id} > ${after}`)).orderBy(asc(p.id)).limit(EXPORT_PAGE_SIZE).all();
}

export type ProjectExportRow = ReturnType<typeof fetchProjectExportPage>[number];
