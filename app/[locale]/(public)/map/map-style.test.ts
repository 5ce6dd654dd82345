import { describe, expect, it } from 'vitest';
import { CATEGORIES, STAGES } from '@/lib/enums';
import { CATEGORY_STYLE, GLYPH_PATH, STAGE_GROUP_STYLE, categoryStyle, stageStyle } from './map-style';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('category style', () => {
  it('gives every category its own colour and its own shape', () => {
    const colors = CATEGORIES.map((c) => categoryStyle(c).color);
    const glyphs = CATEGORIES.map((c) => categoryStyle(c).glyph);
    expect(new Set(colors).size).toBe(CATEGORIES.length);
    expect(new Set(glyphs).size).toBe(CATEGORIES.length);
    for (const g of glyphs) expect(GLYPH_PATH[g]).toMatch(/^M.*Z$/);
  });

  it('draws the check in an ink that stands out from the fill', () => {
    for (const c of CATEGORIES)
      expect(contrast(CATEGORY_STYLE[c].color, CATEGORY_STYLE[c].ink), c).toBeGreaterThanOrEqual(2.5);
  });
});

describe('stage style', () => {
  it('shows planned work hollow and dashed, work under way solid, finished work solid with a check', () => {
    expect(stageStyle('identification')).toMatchObject({ hollow: true, check: false });
    expect(stageStyle('preparation').dash).not.toBeNull();
    expect(stageStyle('implementation')).toEqual({ hollow: false, check: false, dash: null, muted: false });
    expect(stageStyle('completion')).toMatchObject({ hollow: false, check: true, dash: null });
    expect(stageStyle('maintenance')).toEqual(stageStyle('completion'));
    expect(stageStyle('cancelled').muted).toBe(true);
  });

  it('tells every stage group apart by something other than colour', () => {
    const looks = Object.values(STAGE_GROUP_STYLE).map((s) => `${s.hollow}/${s.check}/${s.dash}`);
    expect(new Set(looks).size).toBe(looks.length);
    for (const s of STAGES) expect(stageStyle(s)).toBeDefined();
  });
});
