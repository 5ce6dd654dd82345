import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import type { ReadScope } from '@/db/core/read-scope';
import { SEARCH_KINDS, type SearchKind } from '@/lib/search/search-kinds';
import { anyMatch, parseSearchQuery, type SearchQuery } from '@/lib/search/search-query';
import { fetchSearchHits, type SearchHit } from './results';
import { INDEXED_KINDS, matchingRows } from './search-index';

// Search over every kind of record. Each tier of the query (exact name, name, then any text) is
// read in index order and stops at the page's size, and the count stops at COUNT_LIMIT, so a
// query that matches most records costs no more than one that matches a few.

export const COUNT_LIMIT = 1000;

export type SearchGroup = { kind: SearchKind; total: number; more: boolean; hits: SearchHit[] };

function tierIds(kind: SearchKind, scope: ReadScope, match: string, limit: number): number[] {
  const id = INDEXED_KINDS[kind].table.id;
  return getDb()
    .all<{ id: number }>(matchingRows(kind, scope, match, sql`${id} as id`, limit))
    .map((r) => r.id);
}

function countMatches(kind: SearchKind, scope: ReadScope, query: SearchQuery): number {
  const rows = matchingRows(kind, scope, anyMatch(query), sql`1`, COUNT_LIMIT + 1);
  return getDb().get<{ n: number }>(sql`select count(*) as n from (${rows})`)?.n ?? 0;
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
