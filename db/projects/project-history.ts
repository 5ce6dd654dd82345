import 'server-only';
import { and, desc, eq, lt } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import type { ReadScope } from '@/db/core/read-scope';
import { toPublicHistory, type HistoryChange } from '@/db/history/public-view';

// How many entries a project's page shows at once: its newest, then older ones a page at a time.
export const HISTORY_PAGE_SIZE = 20;

// A project's history, newest first, `limit` entries older than the entry `before` (when given).
// The public sees only what the history's public view lets through, never who or why.
export function fetchProjectHistory(scope: ReadScope, projectId: number, limit = 200, before?: number) {
  const rows = readEntries(projectId, limit, before);
  return scope === 'internal' ? rows : forPublic(rows);
}

// One page of the history for a reader; `olderBefore` is where the next older page starts, or
// null when this page reaches the first entry. Entries the public may not see are skipped, so a
// public page may hold fewer than HISTORY_PAGE_SIZE.
export function fetchProjectHistoryPage(scope: ReadScope, projectId: number, before?: number) {
  const rows = readEntries(projectId, HISTORY_PAGE_SIZE + 1, before);
  const page = rows.slice(0, HISTORY_PAGE_SIZE);
  const olderBefore = rows.length > HISTORY_PAGE_SIZE ? page[page.length - 1].id : null;
  return { entries: scope === 'internal' ? page : forPublic(page), olderBefore, newest: before === undefined };
}

export type ProjectHistoryPage = ReturnType<typeof fetchProjectHistoryPage>;

function readEntries(projectId: number, limit: number, before: number | undefined) {
  const ofProject = eq(t.projectUpdates.projectId, projectId);
  return getDb()
    .select({
      id: t.projectUpdates.id,
      version: t.projectUpdates.version,
      changes: t.projectUpdates.changes,
      note: t.projectUpdates.note,
      createdAt: t.projectUpdates.createdAt,
      userName: t.users.displayName,
    })
    .from(t.projectUpdates)
    .leftJoin(t.users, eq(t.users.id, t.projectUpdates.userId))
    .where(before === undefined ? ofProject : and(ofProject, lt(t.projectUpdates.id, before)))
    .orderBy(desc(t.projectUpdates.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, projectId, changes: JSON.parse(r.changes) as HistoryChange[] }));
}

function forPublic(rows: ReturnType<typeof readEntries>) {
  return toPublicHistory(rows)
    .filter((r) => r.changes.length > 0)
    .map((r) => ({ ...r, userName: null, note: '' }));
}
