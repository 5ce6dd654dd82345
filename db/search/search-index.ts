import 'server-only';
import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ReadScope } from '@/db/core/read-scope';
import * as t from '@/db/core/schema';
import { projectRowsWhere } from '@/db/projects/public-view';
import { recordRowsWhere } from '@/db/records/public-view';
import type { SearchKind } from '@/lib/search/search-kinds';
import { anyMatch, parseSearchQuery } from '@/lib/search/search-query';

// The search indexes (migration search_index, one per kind) as the record modules use them.
// Which rows a reader may find is each record's own public view: the index holds every row,
// the join decides.

type IndexedTable = SQLiteTable & { id: SQLiteColumn; publication: SQLiteColumn; deletedAt: SQLiteColumn };
type IndexedKind = { index: SQL; table: IndexedTable; rows: (scope: ReadScope) => SQL };

const indexed = (name: string, table: IndexedTable, rows: (scope: ReadScope) => SQL): IndexedKind => ({
  index: sql`${sql.identifier(name)}`,
  table,
  rows,
});
const record = (name: string, table: IndexedTable) => indexed(name, table, (scope) => recordRowsWhere(scope, table));

export const INDEXED_KINDS: Record<SearchKind, IndexedKind> = {
  project: indexed('search_projects', t.projects, projectRowsWhere),
  agreement: record('search_agreements', t.agreements),
  organization: record('search_organizations', t.organizations),
  event: record('search_events', t.events),
  indicator: record('search_indicators', t.indicators),
  plan: record('search_plans', t.plans),
};

// The match expression for every record a query finds at all, or null when it has no terms.
export function searchMatchExpression(query: string): string | null {
  const parsed = parseSearchQuery(query);
  return parsed && anyMatch(parsed);
}

// Rows of the kind that match (a match expression, or a placeholder for one); for a list's own
// filters and the open-data API.
export function searchMatchWhere(kind: SearchKind, match: string | Placeholder): SQL {
  const { index, table } = INDEXED_KINDS[kind];
  return sql`${table.id} in (select rowid from ${index} where ${index} match ${match})`;
}

// A list read from the index: its table (to select from, then CROSS JOIN the kind's table, so the
// index is read first), the condition that pairs them and matches, and the index's order (ids
// ascending), so a page or a capped count stops early however many records match.
export function searchIndexSource(kind: SearchKind, match: string | Placeholder) {
  const { index, table } = INDEXED_KINDS[kind];
  const rowid = sql`${index}.rowid`;
  return { index, where: sql`${table.id} = ${rowid} and ${index} match ${match}`, rowid };
}

// The condition for a list's `q`: nothing when there is no query.
export function searchQueryWhere(kind: SearchKind, query: string | undefined): SQL | undefined {
  const match = query ? searchMatchExpression(query) : null;
  return match ? searchMatchWhere(kind, match) : undefined;
}

// The reader's rows of the kind that match, read in the index's order (newest id first). The
// index is read first and each match's row looked up by id (CROSS JOIN fixes that order), so a
// limit stops the reading early.
export function matchingRows(kind: SearchKind, scope: ReadScope, match: string, select: SQL, limit: number): SQL {
  const { index, table, rows } = INDEXED_KINDS[kind];
  return sql`select ${select} from ${index} cross join ${table} on ${table.id} = ${index}.rowid
    where ${index} match ${match} and ${rows(scope)} order by ${index}.rowid desc limit ${limit}`;
}
