import 'server-only';
import { and, asc, eq, exists, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/sqlite-core';
import { STAGE_GROUP, stagesInGroup, type StageGroup } from '@/lib/enums';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import type { ProjectFilters } from '@/lib/project-filters';
import { fetchCategoryStageTallies } from './tallies';
import { outerId } from '@/db/core/outer-id';
import { projectForReader } from '@/db/projects/public-view';
import { projectFilterWhere } from '@/db/projects/queries';
import { milestoneRowsWhere } from '@/db/milestones/public-view';
import { recordRowsWhere } from '@/db/records/public-view';
import type { ReadScope } from '@/db/core/read-scope';

// Every figure on the dashboard is a SQL aggregate: the project counts come from the tallies
// (dashboard-tallies.ts), the rest from indexed queries that return at most a few hundred rows.

const p = t.projects;

function hasProjectFilter(filters: ProjectFilters): boolean {
  return Boolean(filters.category || filters.stage || filters.health || filters.status);
}

// Agreements name their cities and the projects they commit to, so they follow the city
// filter through their cities and the other filters through their projects.
function agreementWhere(scope: ReadScope, filters: ProjectFilters): SQL {
  const db = getDb();
  const conditions: SQL[] = [recordRowsWhere(scope, t.agreements)];
  if (filters.city) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(t.agreementCities)
          .innerJoin(t.cities, eq(t.cities.id, t.agreementCities.cityId))
          .where(and(eq(t.agreementCities.agreementId, t.agreements.id), eq(t.cities.code, filters.city))),
      ),
    );
  }
  if (hasProjectFilter(filters)) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(t.agreementProjects)
          .innerJoin(p, eq(p.id, t.agreementProjects.projectId))
          .where(and(eq(t.agreementProjects.agreementId, t.agreements.id), projectFilterWhere(scope, filters))),
      ),
    );
  }
  return and(...conditions)!;
}

// Organizations and events have no stage or category: they follow the city filter only.
function organizationWhere(scope: ReadScope, filters: ProjectFilters): SQL {
  const inCity = filters.city
    ? exists(
        getDb()
          .select({ one: sql`1` })
          .from(t.organizationCities)
          .innerJoin(t.cities, eq(t.cities.id, t.organizationCities.cityId))
          .where(and(eq(t.organizationCities.organizationId, t.organizations.id), eq(t.cities.code, filters.city))),
      )
    : undefined;
  return and(recordRowsWhere(scope, t.organizations), inCity)!;
}

function eventWhere(scope: ReadScope, filters: ProjectFilters): SQL {
  const inCity = filters.city
    ? sql`${t.events.hostCityId} = (select id from ${t.cities} where code = ${filters.city})`
    : undefined;
  return and(recordRowsWhere(scope, t.events), inCity)!;
}

const countAll = sql<number>`count(*)`;
const doneCount = sql<number>`coalesce(sum(case when ${inArray(p.stage, stagesInGroup('done'))} then 1 else 0 end), 0)`;
const progressReported = sql<number>`count(${p.progress})`;

export type HeadlineFigures = {
  total: number;
  byGroup: Record<StageGroup, number>;
  services: number;
  agreements: number;
  organizations: number;
};

// With `asOf`, as they stood at the end of that day: agreements signed and organizations founded
// by then (their dates as recorded now).
export function fetchHeadlineFigures(scope: ReadScope, filters: ProjectFilters, asOf?: string): HeadlineFigures {
  const db = getDb();
  const tallies = fetchCategoryStageTallies(scope, filters, asOf);
  const sum = (rows: typeof tallies) => rows.reduce((n, r) => n + r.count, 0);
  const inGroup = (group: StageGroup) => sum(tallies.filter((r) => STAGE_GROUP[r.stage] === group));
  const agreements =
    db
      .select({ n: countAll })
      .from(t.agreements)
      .where(
        and(
          agreementWhere(scope, filters),
          isNotNull(t.agreements.signedOn),
          asOf ? lte(t.agreements.signedOn, asOf) : undefined,
        ),
      )
      .get()?.n ?? 0;
  const organizations =
    db
      .select({ n: countAll })
      .from(t.organizations)
      .where(
        and(
          organizationWhere(scope, filters),
          isNotNull(t.organizations.foundedOn),
          asOf ? lte(t.organizations.foundedOn, asOf) : undefined,
        ),
      )
      .get()?.n ?? 0;
  return {
    total: sum(tallies),
    byGroup: {
      planned: inGroup('planned'),
      underway: inGroup('underway'),
      done: inGroup('done'),
      cancelled: inGroup('cancelled'),
    },
    services: sum(tallies.filter((r) => r.key === 'services')),
    agreements,
    organizations,
  };
}

export const AGREEMENT_PROJECTS_SHOWN = 8;

export function fetchAgreementDelivery(scope: ReadScope, filters: ProjectFilters) {
  const db = getDb();
  const agreements = db
    .select({
      id: t.agreements.id,
      code: t.agreements.code,
      nameZh: t.agreements.nameZh,
      nameEn: t.agreements.nameEn,
      signedOn: t.agreements.signedOn,
      projectCount: sql<number>`count(${p.id})`,
      doneCount,
      averageProgress: sql<number | null>`avg(${p.progress})`,
      progressReported,
    })
    .from(t.agreements)
    .leftJoin(t.agreementProjects, eq(t.agreementProjects.agreementId, t.agreements.id))
    .leftJoin(p, and(eq(p.id, t.agreementProjects.projectId), projectFilterWhere(scope, filters)))
    .where(agreementWhere(scope, filters))
    .groupBy(t.agreements.id)
    .orderBy(sql`${t.agreements.signedOn} is null`, asc(t.agreements.signedOn), asc(t.agreements.code))
    .all();
  if (agreements.length === 0) return [];
  // The first few committed projects of each agreement, picked by the database, not by paging in JS.
  const ranked = db
    .select({
      agreementId: t.agreementProjects.agreementId,
      code: p.code,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      stage: p.stage,
      progress: p.progress,
      rank: sql<number>`row_number() over (partition by ${t.agreementProjects.agreementId} order by ${p.code})`.as(
        'rank',
      ),
    })
    .from(t.agreementProjects)
    .innerJoin(p, eq(p.id, t.agreementProjects.projectId))
    .where(
      and(
        inArray(
          t.agreementProjects.agreementId,
          agreements.map((a) => a.id),
        ),
        projectFilterWhere(scope, filters),
      ),
    )
    .as('ranked');
  const shown = db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, AGREEMENT_PROJECTS_SHOWN))
    .orderBy(asc(ranked.agreementId), asc(ranked.rank))
    .all();
  return agreements.map(({ id, ...a }) => ({
    ...a,
    projects: shown.filter((r) => r.agreementId === id).map(({ agreementId: _a, rank: _r, ...r }) => r),
  }));
}

// Enough for every dated record the circle has (32 today); at province scale the rest is a filter
// away. Each entry is sent twice (HTML and RSC payload): at 60 the timeline was a quarter of the
// cached dashboard's weight, and its throughput falls with its size (docs/SCALING.md).
export const TIMELINE_LIMIT = 40;
export type TimelineKind = 'agreement' | 'event' | 'organization' | 'milestone';

export function fetchTimeline(scope: ReadScope, filters: ProjectFilters) {
  const db = getDb();
  const kind = (k: TimelineKind) => sql<TimelineKind>`${k}`.as('kind');
  const none = sql<string | null>`null`;
  const agreements = db
    .select({
      kind: kind('agreement'),
      code: t.agreements.code,
      nameZh: t.agreements.nameZh,
      nameEn: t.agreements.nameEn,
      date: sql<string>`${t.agreements.signedOn}`.as('date'),
      projectCode: none.as('project_code'),
      status: none.as('status'),
    })
    .from(t.agreements)
    .where(and(agreementWhere(scope, filters), isNotNull(t.agreements.signedOn)));
  const events = db
    .select({
      kind: kind('event'),
      code: t.events.code,
      nameZh: t.events.nameZh,
      nameEn: t.events.nameEn,
      date: sql<string>`${t.events.heldOn}`.as('date'),
      projectCode: none.as('project_code'),
      status: none.as('status'),
    })
    .from(t.events)
    .where(and(eventWhere(scope, filters), isNotNull(t.events.heldOn)));
  const organizations = db
    .select({
      kind: kind('organization'),
      code: t.organizations.code,
      nameZh: t.organizations.nameZh,
      nameEn: t.organizations.nameEn,
      date: sql<string>`${t.organizations.foundedOn}`.as('date'),
      projectCode: none.as('project_code'),
      status: none.as('status'),
    })
    .from(t.organizations)
    .where(and(organizationWhere(scope, filters), isNotNull(t.organizations.foundedOn)));
  const milestoneOn = t.milestoneDate(t.milestones);
  const milestones = db
    .select({
      kind: kind('milestone'),
      code: sql<string>`cast(${t.milestones.id} as text)`.as('code'),
      nameZh: t.milestones.titleZh,
      nameEn: t.milestones.titleEn,
      date: sql<string>`${milestoneOn}`.as('date'),
      projectCode: sql<string | null>`${p.code}`.as('project_code'),
      status: sql<string | null>`${t.milestones.status}`.as('status'),
    })
    .from(t.milestones)
    .innerJoin(p, eq(p.id, t.milestones.projectId))
    .where(and(milestoneRowsWhere(scope), projectFilterWhere(scope, filters), isNotNull(milestoneOn)));
  // Milestones belong to projects, so only they follow the category, stage and health filters.
  const parts = hasProjectFilter(filters) ? [agreements, milestones] : [agreements, events, organizations, milestones];
  // Each kind's first entries, read in index order where there are many (milestones), are enough
  // to pick the first entries of all: within a kind the order is date, then code.
  const [first, second, ...rest] = parts.map((part, i) =>
    db.select().from(
      part
        .orderBy(sql`date`, sql`code`)
        .limit(TIMELINE_LIMIT + 1)
        .as(`part_${i}`),
    ),
  );
  const rows = unionAll(first, second, ...rest)
    .orderBy(sql`date`, sql`kind`, sql`code`)
    .limit(TIMELINE_LIMIT + 1)
    .all();
  return { entries: rows.slice(0, TIMELINE_LIMIT), truncated: rows.length > TIMELINE_LIMIT };
}

export const EXPORT_PAGE_SIZE = 500;

// Keyset pages of the filtered list for the export, so a large download streams in pieces.
export function fetchProjectExportPage(scope: ReadScope, filters: ProjectFilters, after = 0) {
  return getDb()
    .select({
      id: p.id,
      code: p.code,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      category: p.category,
      stage: p.stage,
      health: p.health,
      healthInternal: p.healthInternal,
      progress: p.progress,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd,
      actualStart: p.actualStart,
      actualEnd: p.actualEnd,
      baselineStart: p.baselineStart,
      baselineEnd: p.baselineEnd,
      slippageDays: p.slippageDays,
      scheduleReason: p.scheduleReason,
      lastVerifiedAt: p.lastVerifiedAt,
      publication: p.publication,
      cityCodes: sql<
        string | null
      >`(select group_concat(c.code) from ${t.projectCities} pc join ${t.cities} c on c.id = pc.city_id where pc.project_id = ${outerId(p)})`,
    })
    .from(p)
    .where(and(projectFilterWhere(scope, filters), sql`${p.id} > ${after}`))
    .orderBy(asc(p.id))
    .limit(EXPORT_PAGE_SIZE)
    .all()
    .map((row) => projectForReader(scope, row));
}

export type ProjectExportRow = ReturnType<typeof fetchProjectExportPage>[number];
