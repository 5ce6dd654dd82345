import type { Category, Stage } from '@/lib/enums';
import { CHECK_PATH, GLYPH_PATH, categoryStyle, stageStyle, type StageStyle } from './map-style';

const OUTLINE = '#1f2937';

type ShapeProps = { d: string; color: string; ink: string; look: StageStyle };

// A symbol centred on 0,0, about 14 units across. A hollow symbol gets a dark rim outside its
// coloured ring, so that even the yellow stays visible on white.
export function GlyphShape({ d, color, ink, look }: ShapeProps) {
  return (
    <g opacity={look.muted ? 0.55 : undefined}>
      {look.hollow ? (
        <>
          <path d={d} fill="none" stroke={OUTLINE} strokeWidth={4.6} strokeLinejoin="round" />
          <path d={d} fill="#ffffff" stroke={color} strokeWidth={2.6} strokeLinejoin="round" />
        </>
      ) : (
        <path d={d} fill={color} stroke={OUTLINE} strokeWidth={1.2} strokeLinejoin="round" />
      )}
      {look.check && (
        <path d={CHECK_PATH} fill="none" stroke={ink} strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" />
      )}
    </g>
  );
}

// A project's symbol: shape and colour for the category, fill and check for the stage.
export function MapGlyph({ category, stage }: { category: Category; stage: Stage }) {
  const c = categoryStyle(category);
  return <GlyphShape d={GLYPH_PATH[c.glyph]} color={c.color} ink={c.ink} look={stageStyle(stage)} />;
}

// A small stand-alone copy of the symbol to sit in text: the list, the chips, the legend.
export function GlyphIcon({ category, stage, size = 18 }: { category: Category; stage: Stage; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="-10 -10 20 20" aria-hidden="true" className="shrink-0">
      <MapGlyph category={category} stage={stage} />
    </svg>
  );
}
