import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './highlight';
import { parseSearchQuery } from './search-query';
import { exactNameToken, normalizeSearchText, searchIndexText } from './search-text';

const marked = (text: string, query: string) =>
  highlight(text, query)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('search text', () => {
  it('folds full-width forms, case and diacritics', () => {
    expect(normalizeSearchText('Ｇ３　ＢínZHōu')).toBe('g3 binzhou');
  });

  it('indexes each CJK character as a token and keeps latin words whole', () => {
    expect(searchIndexText('济南G3高速', 'Jinan–Zhengzhou')).toBe('济 南 g3 高 速 jinan zhengzhou');
  });

  it('gives the same exact token however the name is spaced or written', () => {
    expect(exactNameToken('Ｇ３ 德州')).toBe(exactNameToken('g3德州'));
    expect(exactNameToken('济郑高铁')).not.toBe(exactNameToken('济郑高'));
  });
});

describe('search query', () => {
  it('matches a CJK run as a phrase first, then as characters near each other', () => {
    expect(parseSearchQuery('遥墙机场')!.tiers.slice(1)).toEqual([
      'name : ("遥 墙 机 场")',
      'name : (NEAR("遥" "墙" "机" "场", 6))',
      '{name body} : ("遥 墙 机 场")',
      '{name body} : (NEAR("遥" "墙" "机" "场", 6))',
    ]);
  });

  it('needs every term of a mixed query and leaves FTS syntax out', () => {
    expect(parseSearchQuery('G3 德州 AND "x" NOT')!.tiers[1]).toBe(
      'name : ("g3" AND "德 州" AND "and" AND "x" AND "not")',
    );
  });

  it('has no query without letters or digits', () => {
    expect(parseSearchQuery(' -*" ')).toBeNull();
  });
});

describe('highlight', () => {
  it('marks the pieces of a short form in the full name', () => {
    expect(marked('济南遥墙国际机场二期改扩建', '遥墙机场')).toEqual(['遥墙', '机场']);
  });

  it('marks one character only when the query is that character', () => {
    expect(marked('小清河滨州内河港', '港')).toEqual(['港']);
    expect(marked('港口与机场', '遥墙机场')).toEqual(['机场']);
  });

  it('marks latin words on the text as written', () => {
    expect(marked('Binzhou inland Port', 'PORT bínzhou')).toEqual(['Binzhou', 'Port']);
    expect(marked('Ｇ３ reconstruction', 'g3')).toEqual(['Ｇ３']);
  });

  it('cuts a window around the first match of a long text', () => {
    const text = `${'甲'.repeat(100)}济郑高铁${'乙'.repeat(100)}`;
    const pieces = snippet(text, '济郑', 10)!;
    expect(pieces[0]).toEqual({ text: '…', mark: false });
    expect(pieces.find((p) => p.mark)?.text).toBe('济郑');
    expect(snippet('没有', '济郑')).toBeNull();
  });
});
