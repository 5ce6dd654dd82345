import 'server-only';
import { and, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { toPublicHistory, type HistoryChange } from '@/db/history/public-view';
import { projectRowsWhere } from '@/db/projects/public-view';
import { projectFilterWhere } from '@/db/projects/queries';
import type { FeedQuery } from '@/lib/feeds/feed-query';

const pu = t.projectUpdates;
const p = t.projects;

// The published project a feed of one project follows, or null.
function publicProjectId(code: string): number | null {
  return (
    getDb()
      .select({ id: p.id })
      .from(p)
      .where(and(eq(p.code, code), projectRowsWhere('public')))
      .get()?.id ?? null
  );
}

// Which history entries a feed follows: one published project's, or those of the published
// projects that match the filters (a correlated subquery, so walking the history newest first
// stops as soon as a page is full).
function followedWhere(query: FeedQuery): SQL | null {
  if (query.project !== undefined) {
    const id = publicProjectId(query.project);
    return id === null ? null : eq(pu.projectId, id);
  }
  const matches = getDb()
    .select({ one: sql`1` })
    .from(p)
    .where(and(eq(p.id, sql`${pu}.${sql.identifier('project_id')}`), projectFilterWhere('public', query.filters)));
  return sql`(${matches}) is not null`;
}

// A page of public changes, newest first (by the entry's id: the order they were written), as
// the history's public view shows them; entries with no public change are left out. `next` is
// where the following page starts. Null when the feed follows a project the public cannot see.
export function fetchChangePage(query: FeedQuery, limit: number) {
  const followed = followedWhere(query);
  if (followed === null) return null;
  const db = getDb();
  const ids = db
    .select({ id: pu.id })
    .from(pu)
    .where(query.before ? and(followed, lt(pu.id, query.before)) : followed)
    .orderBy(desc(pu.id))
    .limit(limit + 1)
    .all()
    .map((r) => r.id);
  const pageIds = ids.slice(0, limit);
  const rows = pageIds.length
    ? db
        .select({
          id: pu.id,
          projectId: pu.projectId,
          createdAt: pu.createdAt,
          changes: pu.changes,
          code: p.code,
          nameZh: p.nameZh,
          nameEn: p.nameEn,
        })
        .from(pu)
        .innerJoin(p, eq(p.id, pu.projectId))
        .where(inArray(pu.id, pageIds))
        .orderBy(desc(pu.id))
        .all()
        .map((r) => ({ ...r, changes: JSON.parse(r.changes) as HistoryChange[] }))
    : [];
  const entries = toPublicHistory(rows)
    .filter((r) => r.changes.length > 0)
    .map(({ projectId: _p, ...r }) => r);
  return { entries, next: ids.length > limit ? pageIds[pageIds.length - 1] : null };
}

export type FeedEntry = NonNullable<ReturnType<typeof fetchChangePage>>['entries'][number];
