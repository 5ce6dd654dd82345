import { exactNameToken, normalizeSearchText, searchSegments, type Segment } from './search-text';

// A query as FTS5 match expressions, from the strictest to the loosest; results are taken tier
// by tier, so names come before descriptions and exact before partial without scoring every
// match (a one-character query can match most records). Every term must match (AND): a CJK run
// as a phrase in the strict tiers, as its characters near each other in the loose ones (short
// forms leave words out), a latin word or a number as itself.

export const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 8;
const MAX_RUN = 12;

export type SearchQuery = { terms: Segment[]; tiers: string[] };

const quote = (token: string) => `"${token}"`;

function termExpression(term: Segment, loose: boolean): string {
  const chars = Array.from(term.text);
  if (!term.cjk || chars.length === 1) return quote(term.text);
  return loose ? `NEAR(${chars.map(quote).join(' ')}, ${chars.length + 2})` : quote(chars.join(' '));
}

export function parseSearchQuery(query: string): SearchQuery | null {
  const terms = searchSegments(query.slice(0, MAX_QUERY_LENGTH))
    .slice(0, MAX_TERMS)
    .map((s) => (s.cjk ? { cjk: true, text: Array.from(s.text).slice(0, MAX_RUN).join('') } : s));
  if (terms.length === 0) return null;
  const strict = terms.map((t) => termExpression(t, false)).join(' AND ');
  const loose = terms.map((t) => termExpression(t, true)).join(' AND ');
  const tiers = [`exact : ${quote(exactNameToken(query))}`, `name : (${strict})`];
  if (loose !== strict) tiers.push(`name : (${loose})`);
  tiers.push(`{name body} : (${strict})`);
  if (loose !== strict) tiers.push(`{name body} : (${loose})`);
  return { terms, tiers };
}

// Every record the query matches at all: the loosest tier.
export function anyMatch(query: SearchQuery): string {
  return query.tiers[query.tiers.length - 1];
}

// The same test for a short list kept in memory (the seven cities): every term occurs in the text.
export function containsEveryTerm(text: string, query: string): boolean {
  const normal = normalizeSearchText(text);
  return searchSegments(query).every((term) => normal.includes(term.text));
}
