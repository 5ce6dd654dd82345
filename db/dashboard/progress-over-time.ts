import 'server-only';
import { STAGE_GROUP } from '@/lib/enums';
import type { ReadScope } from '@/db/core/read-scope';
import type { ProjectFilters } from '@/lib/project-filters';
import { fetchTalliesAsOf } from './as-of';

export const QUARTERS_SHOWN = 8;

export type QuarterFigures = {
  // '2025-Q3'
  quarter: string;
  // The last day counted: the quarter's end, or the day asked for in the quarter it falls in.
  end: string;
  // Net changes over the quarter: projects that reached implementation or beyond, and those
  // that reached completion, less any that went back.
  started: number;
  completed: number;
  averageProgress: number | null;
};

function quarterOf(day: string): { year: number; q: number } {
  return { year: Number(day.slice(0, 4)), q: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

function quarterEnd(year: number, q: number): string {
  return new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
}

// The quarters up to the one holding `day`, oldest first, each read from the tallies at its end.
export function fetchProgressOverTime(scope: ReadScope, filters: ProjectFilters, day: string): QuarterFigures[] {
  const { year, q } = quarterOf(day);
  const ends = Array.from({ length: QUARTERS_SHOWN + 1 }, (_, i) => {
    const n = year * 4 + (q - 1) - (QUARTERS_SHOWN - i);
    const y = Math.floor(n / 4);
    const quarter = (n % 4) + 1;
    return { label: `${y}-Q${quarter}`, end: i === QUARTERS_SHOWN ? day : quarterEnd(y, quarter) };
  });
  const states = ends.map(({ end }) => {
    const rows = fetchTalliesAsOf(scope, filters, end);
    const count = (groups: string[]) =>
      rows.filter((r) => groups.includes(STAGE_GROUP[r.stage])).reduce((n, r) => n + r.projects, 0);
    const reported = rows.reduce((n, r) => n + r.progressReported, 0);
    return {
      begun: count(['underway', 'done']),
      done: count(['done']),
      averageProgress: reported ? rows.reduce((n, r) => n + r.progressSum, 0) / reported : null,
    };
  });
  return ends.slice(1).map((e, i) => ({
    quarter: e.label,
    end: e.end,
    started: states[i + 1].begun - states[i].begun,
    completed: states[i + 1].done - states[i].done,
    averageProgress: states[i + 1].averageProgress,
  }));
}
