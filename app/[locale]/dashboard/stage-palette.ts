import type { Stage } from '@/lib/enums';

// Okabe–Ito colours, which stay apart for the common kinds of colour blindness; each stage
// also gets its own texture, so a greyscale print still tells them apart.
export const STAGE_COLOR: Record<Stage, string> = {
  identification: '#E69F00',
  preparation: '#F0E442',
  implementation: '#56B4E9',
  completion: '#009E73',
  maintenance: '#0072B2',
  cancelled: '#999999',
};

export const STAGE_TEXTURE: Record<Stage, 'dots' | 'diagonal' | 'horizontal' | 'none' | 'crosshatch' | 'zigzag'> = {
  identification: 'dots',
  preparation: 'diagonal',
  implementation: 'horizontal',
  completion: 'none',
  maintenance: 'crosshatch',
  cancelled: 'zigzag',
};

// What a segment or a legend swatch is painted with: the stage's colour, or its texture (a
// pattern of that id, stage-fill.tsx) over it.
export function stageFill(stage: Stage, id: string): string {
  return STAGE_TEXTURE[stage] === 'none' ? STAGE_COLOR[stage] : `url(#${id})`;
}
