// Slippage: how many days the end a project is heading for (its actual end once it has one,
// else its forecast) lies past the end in its baseline. The one threshold for "late" lives here.

// Days a project may run past its baseline before it counts as late. A month absorbs end dates
// given to the month only.
export const LATE_AFTER_DAYS = 30;

const DAY_MS = 86_400_000;

// The last day a partial date ('2024', '2024-06', '2024-06-15') can mean: a project due in
// 2024 is on time until the year is out.
export function lastDayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  if (day) return Date.UTC(year, month - 1, day);
  if (month) return Date.UTC(year, month, 0);
  return Date.UTC(year, 11, 31);
}

export type ScheduleDates = {
  baselineEnd: string | null;
  plannedEnd: string | null;
  actualEnd: string | null;
};

// Null where there is nothing to compare: no baseline, or neither a forecast nor an actual end.
export function slippageDays({ baselineEnd, plannedEnd, actualEnd }: ScheduleDates): number | null {
  const heading = actualEnd ?? plannedEnd;
  if (!baselineEnd || !heading) return null;
  return Math.round((lastDayOf(heading) - lastDayOf(baselineEnd)) / DAY_MS);
}

export function isLate(slippage: number | null): boolean {
  return slippage !== null && slippage > LATE_AFTER_DAYS;
}
