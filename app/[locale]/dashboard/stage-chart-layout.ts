import { getNiceTickValues } from 'recharts';
import { STAGES, type Stage } from '@/lib/enums';

// The count axis as recharts' number axis draws it: five "nice" ticks from zero, the last one
// the axis's end, so the longest row never quite reaches it.
export function countTicks(rows: Record<Stage, number>[]): number[] {
  const longest = Math.max(1, ...rows.map((counts) => STAGES.reduce((sum, stage) => sum + counts[stage], 0)));
  return getNiceTickValues([0, longest], 5, false);
}
