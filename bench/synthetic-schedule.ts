import { SCHEDULE_REASONS, type Stage } from '@/lib/enums';
import { isLate, slippageDays } from '@/lib/schedule/slippage';

// The schedule of a synthetic project: projects that have begun carry a baseline; about half
// of them have moved their forecast end, a third of those far enough to be late, each move
// with a reason, so the slippage and reason charts are exercised at scale.

const REASON_WEIGHTS = [0.24, 0.18, 0.14, 0.16, 0.08, 0.12, 0.05, 0.03];
const DAY_MS = 86_400_000;
const BEGUN: readonly Stage[] = ['implementation', 'completion', 'maintenance'];

export type SyntheticSchedule = {
  plannedStart: string | null;
  plannedEnd: string | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  scheduleReason: string | null;
  slippageDays: number | null;
  late: boolean;
};

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function pickReason(random: () => number): string {
  let r = random();
  for (let i = 0; i < SCHEDULE_REASONS.length; i++) {
    r -= REASON_WEIGHTS[i];
    if (r <= 0) return SCHEDULE_REASONS[i];
  }
  return 'other';
}

export function syntheticSchedule(random: () => number, stage: Stage, around: number): SyntheticSchedule {
  const start = around - Math.floor(random() * 1000) * DAY_MS;
  const end = start + (365 + Math.floor(random() * 1100)) * DAY_MS;
  if (!BEGUN.includes(stage))
    return {
      plannedStart: day(start),
      plannedEnd: day(end),
      baselineStart: null,
      baselineEnd: null,
      scheduleReason: null,
      slippageDays: null,
      late: false,
    };
  const r = random();
  const moved = r < 0.5 ? 0 : r < 0.8 ? 1 + Math.floor(random() * 60) : 61 + Math.floor(random() * 700);
  const plannedEnd = day(end + moved * DAY_MS);
  const slip = slippageDays({ baselineEnd: day(end), plannedEnd, actualEnd: null });
  return {
    plannedStart: day(start),
    plannedEnd,
    baselineStart: day(start),
    baselineEnd: day(end),
    scheduleReason: moved ? pickReason(random) : null,
    slippageDays: slip,
    late: isLate(slip),
  };
}
