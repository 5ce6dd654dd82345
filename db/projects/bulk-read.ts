import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { preparedStatement } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { recordRowsWhere } from '@/db/records/public-view';
import { projectRowsWhere } from './public-view';
import { linkedColumns, type ProjectRecord } from './queries';

function groupByProject<R extends { projectId: number }>(rows: R[]): Map<number, Omit<R, 'projectId'>[]> {
  const groups = new Map<number, Omit<R, 'projectId'>[]>();
  for (const { projectId, ...rest } of rows) {
    const group = groups.get(projectId);
    if (group) group.push(rest);
    else groups.set(projectId, [rest]);
  }
  return groups;
}

// `column IN` a JSON array given as one parameter: the statements are prepared once for any
// number of projects, where an IN list of parameters would be compiled again for every batch.
const inJsonList = (column: SQLiteColumn, name: string) =>
  sql`${column} in (select value from json_each(${sql.placeholder(name)}))`;

const statements = preparedStatement((db) => ({
  projects: db
    .select()
    .from(t.projects)
    .where(and(inJsonList(t.projects.code, 'codes'), projectRowsWhere('internal')))
    .prepare(),
  cities: db
    .select({ projectId: t.projectCities.projectId, ...linkedColumns.city })
    .from(t.projectCities)
    .innerJoin(t.cities, eq(t.cities.id, t.projectCities.cityId))
    .where(inJsonList(t.projectCities.projectId, 'ids'))
    .orderBy(asc(t.cities.code))
    .prepare(),
  districts: db
    .select({ projectId: t.projectDistricts.projectId, ...linkedColumns.district })
    .from(t.projectDistricts)
    .innerJoin(t.districts, eq(t.districts.id, t.projectDistricts.districtId))
    .where(inJsonList(t.projectDistricts.projectId, 'ids'))
    .orderBy(asc(t.districts.code))
    .prepare(),
  agreements: db
    .select({ projectId: t.agreementProjects.projectId, ...linkedColumns.agreement })
    .from(t.agreementProjects)
    .innerJoin(t.agreements, eq(t.agreements.id, t.agreementProjects.agreementId))
    .where(and(inJsonList(t.agreementProjects.projectId, 'ids'), recordRowsWhere('internal', t.agreements)))
    .orderBy(asc(t.agreements.signedOn))
    .prepare(),
  plans: db
    .select({ projectId: t.planProjects.projectId, ...linkedColumns.plan })
    .from(t.planProjects)
    .innerJoin(t.plans, eq(t.plans.id, t.planProjects.planId))
    .where(and(inJsonList(t.planProjects.projectId, 'ids'), recordRowsWhere('internal', t.plans)))
    .prepare(),
}));

// The records a batch of writes is about, as fetchProjectByCode('internal', code) reads each one,
// in five queries for the whole batch instead of five per project: reading them one by one cost
// more than the writes. Internal scope only: every draft and internal field, for the writer.
export function fetchProjectsForWrite(codes: string[]): Map<string, ProjectRecord> {
  const read = statements();
  const live = read.projects.all({ codes: JSON.stringify(codes) });
  const ids = { ids: JSON.stringify(live.map((project) => project.id)) };
  const byProject = {
    cities: groupByProject(read.cities.all(ids)),
    districts: groupByProject(read.districts.all(ids)),
    agreements: groupByProject(read.agreements.all(ids)),
    plans: groupByProject(read.plans.all(ids)),
  };
  return new Map(
    live.map((project) => [
      project.code,
      {
        project,
        cities: byProject.cities.get(project.id) ?? [],
        districts: byProject.districts.get(project.id) ?? [],
        agreements: byProject.agreements.get(project.id) ?? [],
        plans: byProject.plans.get(project.id) ?? [],
      },
    ]),
  );
}
