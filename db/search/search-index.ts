import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ReadScope } from '@/db/core/read-scope';
import * as t from '@/db/core/schema';
import { projectRowsWhere } from '@/db/projects/public-view';
import { recordRowsWhere } from '@/db/records/public-view';
import type { SearchKind } from '@/lib/search/search-kinds';
import { anyMatch, parseSearchQuery } from '@/lib/search/search-query';

// The search index (migration search_index) as the record modules use it. Which rows a reader
// may find is each record's own public view: the index holds every row, the join decides.

type IndexedTable = SQLiteTable & { id: SQLiteColumn; publication: SQLiteColumn; deletedAt: SQLiteColumn };
type IndexedKind = { number: number; table: IndexedTable; rows: (scope: ReadScope) => SQL };

const record = (number: number, table: IndexedTable): IndexedKind => ({
  number,
  table,
  rows: (scope) => recordRowsWhere(scope, table),
});

export const INDEXED_KINDS: Record<SearchKind, IndexedKind> = {
  project: { number: 1, table: t.projects, rows: projectRowsWhere },
  agreement: record(2, t.agreements),
  organization: record(3, t.organizations),
  event: record(4, t.events),
  indicator: record(5, t.indicators),
  plan: record(6, t.plans),
};

// Kept in step with the rowids the migration's triggers write: kind number × 2^40 + id.
const KIND_SPAN = 2 ** 40;

export function kindRowids(kind: SearchKind) {
  const base = INDEXED_KINDS[kind].number * KIND_SPAN;
  return { base, last: base + KIND_SPAN - 1 };
}

// Rows of the kind that match the query at all; for a list's own filters and the open-data API.
// An empty query (no letters or digits) matches every row.
export function searchMatchWhere(kind: SearchKind, query: string | undefined): SQL | undefined {
  const parsed = query ? parseSearchQuery(query) : null;
  if (!parsed) return undefined;
  const { base, last } = kindRowids(kind);
  const id = INDEXED_KINDS[kind].table.id;
  return sql`${id} in (select rowid - ${base} from search_index where search_index match ${anyMatch(parsed)}
    and rowid between ${base} and ${last})`;
}
