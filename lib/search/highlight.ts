import { normalizeSearchText, searchSegments } from './search-text';

// Marks where a query matches a text, on the text as written (full-width, capitals, accents
// kept). A latin word or number is marked wherever it occurs; a run of Chinese characters is
// marked where two or more of its characters stand together as in the query (遥墙 and 机场 in
// 济南遥墙国际机场 for 遥墙机场), a single character only when the query was that character.

export type Piece = { text: string; mark: boolean };

function markedChars(chars: string[], query: string): boolean[] {
  const normal = chars.map((c) => normalizeSearchText(c));
  const marks = chars.map(() => false);
  for (const term of searchSegments(query)) {
    const needle = term.text;
    for (let i = 0; i < chars.length; i++) {
      let matched = '';
      let end = i;
      const fits = (text: string) => (term.cjk ? needle.includes(text) : needle.startsWith(text));
      while (end < chars.length && normal[end] !== '' && fits(matched + normal[end])) {
        matched += normal[end];
        end++;
        if (!term.cjk && matched === needle) break;
      }
      const whole = term.cjk ? matched.length >= Math.min(2, needle.length) : matched === needle;
      if (whole && matched) for (let k = i; k < end; k++) marks[k] = true;
    }
  }
  return marks;
}

function piecesOf(chars: string[], marks: boolean[]): Piece[] {
  const pieces: Piece[] = [];
  chars.forEach((char, i) => {
    const last = pieces[pieces.length - 1];
    if (last && last.mark === marks[i]) last.text += char;
    else pieces.push({ text: char, mark: marks[i] });
  });
  return pieces;
}

export function highlight(text: string, query: string): Piece[] {
  const chars = Array.from(text);
  return piecesOf(chars, markedChars(chars, query));
}

// A window of a long text around its first match, or null when the query does not occur in it.
export function snippet(text: string, query: string, radius = 40): Piece[] | null {
  const chars = Array.from(text);
  const marks = markedChars(chars, query);
  const first = marks.indexOf(true);
  if (first < 0) return null;
  const start = Math.max(0, first - radius);
  const end = Math.min(chars.length, first + radius * 2);
  const pieces = piecesOf(chars.slice(start, end), marks.slice(start, end));
  if (start > 0) pieces.unshift({ text: '…', mark: false });
  if (end < chars.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
