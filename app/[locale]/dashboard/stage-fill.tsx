import { patterns, type RechartsPattern } from 'recharts';
import type { Stage } from '@/lib/enums';
import { STAGE_COLOR, STAGE_TEXTURE } from './stage-palette';

type Texture = Exclude<(typeof STAGE_TEXTURE)[Stage], 'none'>;

// Recharts' textures, in an ink that shows on each stage's colour.
const TEXTURE: Record<Texture, RechartsPattern> = {
  dots: { ...patterns.dots, color: '#000', opacity: 0.35 },
  diagonal: { ...patterns.diagonal, color: '#000', opacity: 0.3, strokeWidth: 2 },
  horizontal: { ...patterns.horizontal, color: '#000', opacity: 0.3, strokeWidth: 2 },
  crosshatch: { ...patterns.crosshatch, color: '#fff', opacity: 0.45 },
  zigzag: { ...patterns.zigzag, color: '#000', opacity: 0.45 },
};

// The texture of a stage as an SVG pattern, drawn the way recharts' pattern() draws it: a shape
// smaller than three tiles across gets smaller tiles, so it still reads as a texture. Render it
// inside <defs>; a stage without a texture has none.
export function StageTexture({ stage, id, size }: { stage: Stage; id: string; size?: number }) {
  const name = STAGE_TEXTURE[stage];
  if (name === 'none') return null;
  const { width, height, rotation, color, opacity, path, strokeWidth } = TEXTURE[name];
  const scale = size === undefined ? 1 : Math.min(1, size / 3 / Math.max(width, height));
  const transform = [rotation ? `rotate(${rotation})` : '', scale < 1 ? `scale(${scale})` : ''].join(' ').trim();
  const stroked = strokeWidth !== undefined;
  return (
    <pattern
      id={id}
      width={width}
      height={height}
      patternUnits="userSpaceOnUse"
      patternTransform={transform || undefined}
    >
      <rect width={width} height={height} fill={STAGE_COLOR[stage]} />
      <g opacity={opacity}>
        {(typeof path === 'string' ? [path] : path).map((d) => (
          <path
            key={d}
            d={d}
            fill={stroked ? 'none' : color}
            stroke={stroked ? color : 'none'}
            strokeWidth={strokeWidth}
          />
        ))}
      </g>
    </pattern>
  );
}
