import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import type { ReadScope } from '@/db/core/read-scope';
import { SEARCH_KINDS, type SearchKind } from '@/lib/search/search-kinds';
import { anyMatch, parseSearchQuery, type SearchQuery } from '@/lib/search/search-query';
import { fetchSearchHits, type SearchHit } from './results';
import { INDEXED_KINDS, kindRowids } from './search-index';

// Search over every kind of record. Each tier of the query (exact name, name, then any text) is
// read in index order and stops at the page's size, and the count stops at COUNT_LIMIT, so a
// query that matches most records costs no more than one that matches a few.

export const COUNT_LIMIT = 1000;

export type SearchGroup = { kind: SearchKind; total: number; more: boolean; hits: SearchHit[] };

function tierIds(kind: SearchKind, scope: ReadScope, match: string, limit: number): number[] {
  const { table, rows } = INDEXED_KINDS[kind];
  const { base, last } = kindRowids(kind);
  return getDb()
    .all<{ id: number }>(
      sql`select ${table.id} as id from search_index join ${table} on ${table.id} = search_index.rowid - ${base}
        where search_index match ${match} and search_index.rowid between ${base} and ${last} and ${rows(scope)}
        order by search_index.rowid desc limit ${limit}`,
    )
    .map((r) => r.id);
}

function countMatches(kind: SearchKind, scope: ReadScope, query: SearchQuery): number {
  const { table, rows } = INDEXED_KINDS[kind];
  const { base, last } = kindRowids(kind);
  const row = getDb().get<{ n: number }>(
    sql`select count(*) as n from (select 1 from search_index join ${table} on ${table.id} = search_index.rowid - ${base}
      where search_index match ${anyMatch(query)} and search_index.rowid between ${base} and ${last} and ${rows(scope)}
      limit ${COUNT_LIMIT + 1})`,
  );
  return row?.n ?? 0;
}

// The best `limit` matches of one kind, strictest tier first.
export function rankedIds(kind: SearchKind, scope: ReadScope, query: SearchQuery, limit: number): number[] {
  const ids: number[] = [];
  for (const tier of query.tiers) {
    for (const id of tierIds(kind, scope, tier, limit + ids.length)) {
      if (ids.length < limit && !ids.includes(id)) ids.push(id);
    }
    if (ids.length >= limit) break;
  }
  return ids;
}

export function searchRecords(
  scope: ReadScope,
  query: string,
  { kinds = SEARCH_KINDS, limit = 10 }: { kinds?: readonly SearchKind[]; limit?: number } = {},
): SearchGroup[] {
  const parsed = parseSearchQuery(query);
  if (!parsed) return [];
  return kinds
    .map((kind) => {
      const total = countMatches(kind, scope, parsed);
      const hits = total ? fetchSearchHits(kind, rankedIds(kind, scope, parsed, limit)) : [];
      return { kind, total: Math.min(total, COUNT_LIMIT), more: total > COUNT_LIMIT, hits };
    })
    .filter((group) => group.total > 0);
}
