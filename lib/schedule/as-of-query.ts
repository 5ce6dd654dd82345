import { firstParam } from '@/lib/project-filters';

// `?asOf=YYYY-MM-DD&compare=YYYY-MM-DD` on the dashboard: the day its figures stand at, and a
// day to compare them with. A value that is not a real day is reported, never guessed at.

export type AsOfQuery = { asOf?: string; compare?: string };
export type AsOfError = { param: 'asOf' | 'compare'; value: string };

function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

export function parseAsOfQuery(params: Record<string, string | string[] | undefined>): {
  days: AsOfQuery;
  error?: AsOfError;
} {
  const days: AsOfQuery = {};
  for (const param of ['asOf', 'compare'] as const) {
    const value = firstParam(params[param]);
    if (value === undefined) continue;
    if (!isDay(value)) return { days: {}, error: { param, value } };
    days[param] = value;
  }
  // Comparing needs a day to compare: today, when none is chosen.
  if (days.compare && !days.asOf) days.asOf = new Date().toISOString().slice(0, 10);
  return { days };
}
