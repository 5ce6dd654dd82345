// How text is cut into search tokens, shared by the database's index (through the functions
// db/core/search-functions.ts registers, so triggers index every write whoever makes it), the
// queries and the highlighter. Pure: no database.
//
// Chinese has no spaces between words, and SQLite's unicode61 tokenizer would keep a whole run
// of Han characters as one token. So every CJK character is indexed as a token of its own, with
// its position: a query then matches a run of characters as a phrase (contiguous) or, for short
// forms that leave words out (遥墙机场 for 济南遥墙国际机场), as characters near each other.
// Latin letters and digits stay words. Full-width and half-width forms, case and diacritics are
// folded before anything is indexed or looked up.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;
const SEGMENTS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

export function isCjk(char: string): boolean {
  return CJK.test(char);
}

// A query or a text as its pieces: runs of CJK characters and latin/digit words, in order.
export type Segment = { cjk: boolean; text: string };

export function searchSegments(text: string): Segment[] {
  const words = normalizeSearchText(text).match(WORDS) ?? [];
  return words.flatMap((word) => (word.match(SEGMENTS) ?? []).map((s) => ({ cjk: isCjk(s[0]), text: s })));
}

// The text the index receives: tokens separated by spaces, each CJK character its own token.
export function searchIndexText(...parts: (string | null | undefined)[]): string {
  const tokens = parts.flatMap((part) =>
    searchSegments(part ?? '').flatMap((s) => (s.cjk ? Array.from(s.text) : [s.text])),
  );
  return tokens.join(' ');
}

// One token standing for a whole name, so an exact match is one index lookup however many
// records share the name's characters. FNV-1a over the name without spaces or punctuation.
export function exactNameToken(name: string): string {
  const compact = searchSegments(name)
    .map((s) => s.text)
    .join('');
  if (!compact) return '';
  let hash = 0x811c9dc5;
  for (const char of compact) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `x${hash.toString(36)}${compact.length.toString(36)}`;
}

export function exactNameTokens(...names: (string | null | undefined)[]): string {
  return names
    .map((n) => exactNameToken(n ?? ''))
    .filter(Boolean)
    .join(' ');
}
