import 'server-only';
import { and, asc, eq, exists, gt, inArray, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { stagesInGroup } from '@/lib/enums';
import { getDb, preparedStatement, preparedStatements } from '@/db/core/client';
import type { TrackerDb } from '@/db/core/connection';
import * as t from '@/db/core/schema';
import type { ProjectFilters } from '@/lib/project-filters';
import { outerId } from '@/db/core/outer-id';
import type { HistoryChange } from '@/db/history/public-view';
import { healthMatchWhere, projectForReader, projectRowsWhere } from './public-view';
import { recordRowsWhere } from '@/db/records/public-view';
import { searchIndexSource, searchMatchExpression, searchMatchWhere } from '@/db/search/search-index';
import type { ReadScope } from '@/db/core/read-scope';

export const PROJECT_PAGE_MAX = 500;

const cityCodesOf = sql<
  string | null
>`(select group_concat(c.code) from ${t.projectCities} pc join ${t.cities} c on c.id = pc.city_id where pc.project_id = ${outerId(t.projects)})`;

// A filter's value in the SQL: the value itself, or a placeholder of that name in a statement
// prepared once for every list with the same filters.
type FilterValue = <V>(name: 'category' | 'stage' | 'health' | 'cityId' | 'match', value: V) => V | Placeholder;
const inline: FilterValue = (_name, value) => value;
const placeholder: FilterValue = (name) => sql.placeholder(name);

const cityIdQuery = preparedStatement((db) =>
  db
    .select({ id: t.cities.id })
    .from(t.cities)
    .where(eq(t.cities.code, sql.placeholder('code')))
    .prepare(),
);

function cityIdOf(code: string): number {
  return cityIdQuery().get({ code })?.id ?? -1;
}

function filterWhere(scope: ReadScope, filters: ProjectFilters, value: FilterValue): SQL {
  const conditions: SQL[] = [projectRowsWhere(scope)];
  if (filters.category) conditions.push(eq(t.projects.category, value('category', filters.category)));
  if (filters.stage) conditions.push(eq(t.projects.stage, value('stage', filters.stage)));
  if (filters.health)
    conditions.push(healthMatchWhere(scope, t.projects, eq(t.projects.health, value('health', filters.health))));
  if (filters.status) conditions.push(inArray(t.projects.stage, stagesInGroup(filters.status)));
  if (filters.q) {
    const match = searchMatchExpression(filters.q);
    conditions.push(match ? searchMatchWhere('project', value('match', match)) : sql`0`);
  }
  if (filters.city) {
    // The city's id, not a join on its code, so each candidate project costs one primary-key
    // probe of the link table while projects are read in id order from the visibility indexes.
    conditions.push(
      exists(
        getDb()
          .select({ one: sql`1` })
          .from(t.projectCities)
          .where(
            and(
              eq(t.projectCities.projectId, outerId(t.projects)),
              eq(t.projectCities.cityId, value('cityId', cityIdOf(filters.city))),
            ),
          ),
      ),
    );
  }
  return and(...conditions)!;
}

export function projectFilterWhere(scope: ReadScope, filters: ProjectFilters): SQL {
  return filterWhere(scope, filters, inline);
}

export const summaryColumns = {
  id: t.projects.id,
  code: t.projects.code,
  nameZh: t.projects.nameZh,
  nameEn: t.projects.nameEn,
  category: t.projects.category,
  stage: t.projects.stage,
  health: t.projects.health,
  healthInternal: t.projects.healthInternal,
  progress: t.projects.progress,
  plannedStart: t.projects.plannedStart,
  plannedEnd: t.projects.plannedEnd,
  actualStart: t.projects.actualStart,
  actualEnd: t.projects.actualEnd,
  baselineStart: t.projects.baselineStart,
  baselineEnd: t.projects.baselineEnd,
  slippageDays: t.projects.slippageDays,
  late: t.projects.late,
  scheduleReason: t.projects.scheduleReason,
  lastVerifiedAt: t.projects.lastVerifiedAt,
  updatedAt: t.projects.updatedAt,
  publication: t.projects.publication,
  geometry: t.projects.geometry,
  sourceQuote: t.projects.sourceQuote,
  cityCodes: cityCodesOf,
};

export type ProjectSummary = ReturnType<typeof fetchProjects>['projects'][number];

export function splitCodes(value: string | null): string[] {
  return value ? value.split(',').sort() : [];
}

function preparePage(db: TrackerDb, scope: ReadScope, filters: ProjectFilters, withCursor: boolean) {
  const { q, ...rest } = filters;
  const after = sql.placeholder('after');
  if (q) {
    // A search reads the index in id order (search-index.ts), not every match first.
    const search = searchIndexSource('project', sql.placeholder('match'));
    return db
      .select(summaryColumns)
      .from(search.index)
      .crossJoin(t.projects)
      .where(and(filterWhere(scope, rest, placeholder), search.where, withCursor ? gt(search.rowid, after) : undefined))
      .orderBy(search.rowid)
      .limit(sql.placeholder('limit'))
      .prepare();
  }
  const where = filterWhere(scope, rest, placeholder);
  return db
    .select(summaryColumns)
    .from(t.projects)
    .where(withCursor ? and(where, gt(t.projects.id, after)) : where)
    .orderBy(asc(t.projects.id))
    .limit(sql.placeholder('limit'))
    .prepare();
}

// One statement per scope and set of filters used (a few hundred at most).
const pageQueries = preparedStatements<ReturnType<typeof preparePage>>(512);

// Keyset paging on id, so page 1,000 costs the same as page 1.
export function fetchProjectPage(scope: ReadScope, filters: ProjectFilters, page: { limit: number; after?: number }) {
  const { category, stage, health, status, city, q } = filters;
  const match = q && searchMatchExpression(q);
  // Words with nothing to search for (no letters or digits) find nothing.
  if (q && !match) return { rows: [], nextCursor: null };
  const shape = [
    scope,
    category && 'category',
    stage && 'stage',
    health && 'health',
    status,
    city && 'city',
    q && 'q',
    page.after && 'after',
  ].join('|');
  const query = pageQueries(shape, (db) => preparePage(db, scope, filters, Boolean(page.after)));
  const rows = query.all({
    category,
    stage,
    health,
    cityId: city && cityIdOf(city),
    match,
    after: page.after,
    limit: page.limit + 1,
  });
  const hasMore = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  return { rows: pageRows, nextCursor: hasMore ? pageRows[pageRows.length - 1].id : null };
}

export function fetchProjects(
  scope: ReadScope,
  filters: ProjectFilters,
  page: { limit: number; after?: number } = { limit: PROJECT_PAGE_MAX },
) {
  const { rows, nextCursor } = fetchProjectPage(scope, filters, page);
  return {
    projects: rows.map((r) => projectForReader(scope, { ...r, cityCodes: splitCodes(r.cityCodes) })),
    nextCursor,
  };
}

// Counting stops at `cap`: past it a list only needs to say "more than", and an exact count of
// a hundred thousand rows would cost every page view.
export function countProjects(
  scope: ReadScope,
  filters: ProjectFilters,
  cap = 10_000,
): { count: number; capped: boolean } {
  const db = getDb();
  const { q, ...rest } = filters;
  const match = q && searchMatchExpression(q);
  const search = match ? searchIndexSource('project', match) : null;
  const rows = search
    ? db
        .select({ one: sql`1` })
        .from(search.index)
        .crossJoin(t.projects)
        .where(and(projectFilterWhere(scope, rest), search.where))
    : db
        .select({ one: sql`1` })
        .from(t.projects)
        .where(projectFilterWhere(scope, filters));
  const matching = rows.limit(cap + 1).as('matching');
  const n =
    db
      .select({ n: sql<number>`count(*)` })
      .from(matching)
      .get()?.n ?? 0;
  return { count: Math.min(n, cap), capped: n > cap };
}

// What a project record joins in: its cities, districts, agreements and plans, as one reader
// sees them. Shared by the one-project statements below and the batch's bulk read.
export const linkedColumns = {
  city: { code: t.cities.code, nameZh: t.cities.nameZh, nameEn: t.cities.nameEn },
  district: { code: t.districts.code, nameZh: t.districts.nameZh, nameEn: t.districts.nameEn },
  agreement: {
    code: t.agreements.code,
    nameZh: t.agreements.nameZh,
    nameEn: t.agreements.nameEn,
    signedOn: t.agreements.signedOn,
  },
  plan: { code: t.plans.code, nameZh: t.plans.nameZh, nameEn: t.plans.nameEn },
};

// Prepared once per scope: every API write reads its project through these, inside the write lock.
function projectByCodeStatements(scope: ReadScope) {
  return preparedStatement((db) => {
    const projectId = sql.placeholder('projectId');
    return {
      project: db
        .select()
        .from(t.projects)
        .where(and(eq(t.projects.code, sql.placeholder('code')), projectRowsWhere(scope)))
        .prepare(),
      cities: db
        .select(linkedColumns.city)
        .from(t.projectCities)
        .innerJoin(t.cities, eq(t.cities.id, t.projectCities.cityId))
        .where(eq(t.projectCities.projectId, projectId))
        .orderBy(asc(t.cities.code))
        .prepare(),
      districts: db
        .select(linkedColumns.district)
        .from(t.projectDistricts)
        .innerJoin(t.districts, eq(t.districts.id, t.projectDistricts.districtId))
        .where(eq(t.projectDistricts.projectId, projectId))
        .orderBy(asc(t.districts.code))
        .prepare(),
      agreements: db
        .select(linkedColumns.agreement)
        .from(t.agreementProjects)
        .innerJoin(t.agreements, eq(t.agreements.id, t.agreementProjects.agreementId))
        .where(and(eq(t.agreementProjects.projectId, projectId), recordRowsWhere(scope, t.agreements)))
        .orderBy(asc(t.agreements.signedOn))
        .prepare(),
      plans: db
        .select(linkedColumns.plan)
        .from(t.planProjects)
        .innerJoin(t.plans, eq(t.plans.id, t.planProjects.planId))
        .where(and(eq(t.planProjects.projectId, projectId), recordRowsWhere(scope, t.plans)))
        .prepare(),
    };
  });
}

const byCode = { public: projectByCodeStatements('public'), internal: projectByCodeStatements('internal') };

export type ProjectRecord = NonNullable<ReturnType<typeof fetchProjectByCode>>;

export function fetchProjectByCode(scope: ReadScope, code: string) {
  const statements = byCode[scope]();
  const project = statements.project.get({ code });
  if (!project) return null;
  const id = { projectId: project.id };
  return {
    project: projectForReader(scope, project),
    cities: statements.cities.all(id),
    districts: statements.districts.all(id),
    agreements: statements.agreements.all(id),
    plans: statements.plans.all(id),
  };
}

// A record read again after a write that changed only the project's own columns: its cities,
// districts, agreements and plans are as they were, so only the project row is read.
export function withFreshProjectRow(scope: ReadScope, record: ProjectRecord) {
  const project = byCode[scope]().project.get({ code: record.project.code });
  return project ? { ...record, project: projectForReader(scope, project) } : null;
}

export type ProjectChange = HistoryChange;
