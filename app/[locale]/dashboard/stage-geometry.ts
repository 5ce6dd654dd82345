import { STAGES, type Stage } from '@/lib/enums';

// Where a bar chart's parts go, with no drawing library, so the browser can draw them too (the
// stage chart is a client component). The rows are drawn at fixed heights; the width is the
// card's, so the count axis and the bars are laid out in fractions of it and the browser
// stretches them to any screen or page.
export const ROW_HEIGHT = 46;
export const BAR_HEIGHT = 26;
export const AXIS_HEIGHT = 34;

// A little under the plot's width on a phone 320, 360 or 412 px wide, in a desktop card and on
// paper. A count is written on its segment where it fits: from the narrowest of these widths at
// which it does (globals.css shows it from there, by a container query on the plot), or never.
const COUNT_FIT_WIDTHS = [110, 140, 195, 290, 480] as const;
export type CountFit = (typeof COUNT_FIT_WIDTHS)[number] | null;

export type StageSegment = {
  stage: Stage;
  count: number;
  // Where the segment starts and how long it is, as fractions of the count axis.
  start: number;
  length: number;
  fit: CountFit;
};

function fit(length: number, count: number): CountFit {
  const needed = Math.max(16, String(count).length * 7 + 4);
  return COUNT_FIT_WIDTHS.find((width) => length * width >= needed) ?? null;
}

// One row's stages, stacked in the order of the stages, each segment where the one before ends.
export function stackSegments(counts: Record<Stage, number>, axisEnd: number): StageSegment[] {
  let start = 0;
  return STAGES.filter((stage) => counts[stage] > 0).map((stage) => {
    const length = counts[stage] / axisEnd;
    const segment = { stage, count: counts[stage], start, length, fit: fit(length, counts[stage]) };
    start += length;
    return segment;
  });
}

// A fraction of the plot's width as an SVG length, to a hundredth of a percent: finer than a
// pixel at any width the chart is drawn at, and short in the page.
export function percent(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100}%`;
}
