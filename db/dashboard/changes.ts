import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import { toPublicHistory, type HistoryChange } from '@/db/history/public-view';
import * as t from '@/db/core/schema';
import type { ProjectFilters } from '@/lib/project-filters';
import { cityIdOf, countFilteredProjects, restatedFilterWhere, withoutCity } from './tallies';
import { projectFilterWhere } from '@/db/projects/queries';
import type { ReadScope } from '@/db/core/read-scope';

export type DashboardChange = HistoryChange;

// Below this many filtered projects, reading all their history is cheaper than walking the
// whole history newest first until enough of theirs turns up.
export const FEW_PROJECTS = 1000;

const p = t.projects;
const pu = t.projectUpdates;

// The ids of the latest entries of the filtered projects' history, newest first.
function latestUpdateIds(scope: ReadScope, filters: ProjectFilters, limit: number): number[] {
  const db = getDb();
  const newestFirst = [desc(pu.createdAt), desc(pu.id)];
  const projects = countFilteredProjects(scope, filters);
  if (projects === 0) return [];
  if (projects > FEW_PROJECTS) {
    // A correlated subquery, not a join: SQLite would build a Bloom filter over every project
    // before walking the history, although a handful of entries is all it reads.
    const matches = db
      .select({ one: sql`1` })
      .from(p)
      .where(and(eq(p.id, sql`${pu}.${sql.identifier('project_id')}`), projectFilterWhere(scope, filters)));
    return db
      .select({ id: pu.id })
      .from(pu)
      .where(sql`(${matches}) is not null`)
      .orderBy(...newestFirst)
      .limit(limit)
      .all()
      .map((r) => r.id);
  }
  const f = t.projectCityFacts;
  const few = filters.city
    ? db
        .select({ id: f.projectId })
        .from(f)
        .where(and(eq(f.cityId, cityIdOf(filters.city)), restatedFilterWhere(f, scope, withoutCity(filters))))
    : db.select({ id: p.id }).from(p).where(projectFilterWhere(scope, filters));
  return db
    .select({ id: pu.id })
    .from(pu)
    .where(inArray(pu.projectId, few))
    .orderBy(...newestFirst)
    .limit(limit)
    .all()
    .map((r) => r.id);
}

export function fetchRecentChanges(scope: ReadScope, filters: ProjectFilters, limit = 15) {
  const ids = latestUpdateIds(scope, filters, limit);
  if (ids.length === 0) return [];
  const rows = getDb()
    .select({
      id: pu.id,
      createdAt: pu.createdAt,
      changes: pu.changes,
      projectId: pu.projectId,
      code: p.code,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      userName: t.users.displayName,
    })
    .from(pu)
    .innerJoin(p, eq(p.id, pu.projectId))
    .leftJoin(t.users, eq(t.users.id, pu.userId))
    .where(inArray(pu.id, ids))
    .orderBy(desc(pu.createdAt), desc(pu.id))
    .all()
    .map(({ projectId: _p, ...r }) => ({ ...r, projectId: _p, changes: JSON.parse(r.changes) as HistoryChange[] }));
  if (scope === 'internal') return rows.map(({ projectId: _p, ...r }) => r);
  return toPublicHistory(rows)
    .filter((r) => r.changes.length > 0)
    .map(({ projectId: _p, ...r }) => ({ ...r, userName: null }));
}
