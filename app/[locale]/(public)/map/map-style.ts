import { STAGE_GROUP, type Category, type Stage, type StageGroup } from '@/lib/enums';

// How a project looks on the map. Colour tells the category, and so does the symbol's shape,
// because colour alone fails one reader in twelve. The colours are Okabe and Ito's set, chosen
// to stay apart under the common colour-vision deficiencies. The stage shows as fill and dash:
// planned is hollow and dashed, under way is solid, done is solid with a check.

export type Glyph = 'square' | 'pentagon' | 'hexagon' | 'triangle' | 'circle' | 'diamond' | 'plus' | 'star';

export type CategoryStyle = {
  color: string;
  glyph: Glyph;
  // The colour of a mark drawn on top of the fill (the check), chosen for contrast.
  ink: string;
};

const DARK_INK = '#111827';
const LIGHT_INK = '#ffffff';

export const CATEGORY_STYLE: Record<Category, CategoryStyle> = {
  rail: { color: '#0072B2', glyph: 'square', ink: LIGHT_INK },
  road: { color: '#D55E00', glyph: 'pentagon', ink: LIGHT_INK },
  port: { color: '#56B4E9', glyph: 'hexagon', ink: DARK_INK },
  airport: { color: '#CC79A7', glyph: 'triangle', ink: DARK_INK },
  ecology: { color: '#009E73', glyph: 'circle', ink: LIGHT_INK },
  services: { color: '#E69F00', glyph: 'diamond', ink: DARK_INK },
  industry: { color: '#3A3A3A', glyph: 'plus', ink: LIGHT_INK },
  culture: { color: '#F0E442', glyph: 'star', ink: DARK_INK },
};

export type StageStyle = {
  hollow: boolean;
  check: boolean;
  // SVG stroke-dasharray for corridors, in screen pixels; null draws a solid line.
  dash: string | null;
  muted: boolean;
};

export const STAGE_GROUP_STYLE: Record<StageGroup, StageStyle> = {
  planned: { hollow: true, check: false, dash: '7 5', muted: false },
  underway: { hollow: false, check: false, dash: null, muted: false },
  done: { hollow: false, check: true, dash: null, muted: false },
  cancelled: { hollow: true, check: false, dash: '2 4', muted: true },
};

export function stageStyle(stage: Stage): StageStyle {
  return STAGE_GROUP_STYLE[STAGE_GROUP[stage]];
}

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L')}Z`;
}

function regular(sides: number, radius: number, startDeg: number): string {
  return polygon(
    Array.from({ length: sides }, (_, i) => {
      const a = ((startDeg + (360 / sides) * i) * Math.PI) / 180;
      return [radius * Math.cos(a), radius * Math.sin(a)];
    }),
  );
}

function star(points: number, outer: number, inner: number): string {
  return polygon(
    Array.from({ length: points * 2 }, (_, i) => {
      const r = i % 2 === 0 ? outer : inner;
      const a = ((-90 + (180 / points) * i) * Math.PI) / 180;
      return [r * Math.cos(a), r * Math.sin(a)];
    }),
  );
}

// Symbols centred on 0,0, about 14 screen pixels across; all of similar visual weight.
export const GLYPH_PATH: Record<Glyph, string> = {
  square: 'M-5.5,-5.5H5.5V5.5H-5.5Z',
  pentagon: regular(5, 6.8, -90),
  hexagon: regular(6, 6.6, 0),
  triangle: 'M0,-7.5L7,5H-7Z',
  circle: 'M6.2,0A6.2,6.2 0 1 1 -6.2,0A6.2,6.2 0 1 1 6.2,0Z',
  diamond: 'M0,-7.5L7.5,0L0,7.5L-7.5,0Z',
  plus: 'M-2.6,-7H2.6V-2.6H7V2.6H2.6V7H-2.6V2.6H-7V-2.6H-2.6Z',
  star: star(5, 7.8, 3.4),
};

export const CHECK_PATH = 'M-3.2,0.3L-0.9,2.6L3.3,-2.2';

export function categoryStyle(category: Category): CategoryStyle {
  return CATEGORY_STYLE[category];
}
