import 'server-only';
import { and, asc, desc, eq, gt, isNotNull, lt, or } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import type { ReadScope } from '@/db/core/read-scope';
import type { ProjectFilters } from '@/lib/project-filters';
import { projectForReader } from './public-view';
import { projectFilterWhere, splitCodes, summaryColumns } from './queries';

// The project list sorted by slippage, most days late first: the projects that have a baseline
// to measure against, paged by (slippage, id) so a page costs the same wherever it is.

export type SlipCursor = { slippage: number; id: number };

export function parseSlipCursor(value: unknown): SlipCursor | undefined {
  const match = typeof value === 'string' ? /^(-?\d+)_(\d+)$/.exec(value) : null;
  return match ? { slippage: Number(match[1]), id: Number(match[2]) } : undefined;
}

export function fetchProjectsBySlippage(
  scope: ReadScope,
  filters: ProjectFilters,
  page: { limit: number; after?: SlipCursor },
) {
  const p = t.projects;
  const after = page.after;
  const rows = getDb()
    .select(summaryColumns)
    .from(p)
    .where(
      and(
        projectFilterWhere(scope, filters),
        isNotNull(p.slippageDays),
        after
          ? or(lt(p.slippageDays, after.slippage), and(eq(p.slippageDays, after.slippage), gt(p.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(p.slippageDays), asc(p.id))
    .limit(page.limit + 1)
    .all();
  const shown = rows.slice(0, page.limit);
  const last = shown[shown.length - 1];
  return {
    projects: shown.map((r) => projectForReader(scope, { ...r, cityCodes: splitCodes(r.cityCodes) })),
    nextCursor: rows.length > page.limit && last ? `${last.slippageDays}_${last.id}` : null,
  };
}
