import 'server-only';
import { and, asc, count, eq, gte, inArray, isNull, lt, not, or, type SQL } from 'drizzle-orm';
import type { Health } from '@/lib/enums';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import type { ProjectFilters } from '@/lib/project-filters';
import { fetchCityHealthTallies, restatedFilterWhere } from './tallies';
import { healthMatchWhere } from '@/db/projects/public-view';
import type { ReadScope } from '@/db/core/read-scope';

// How long a project's facts may go unconfirmed before the dashboard asks for a check.
export const STALE_AFTER_DAYS = 90;

export function staleCutoff(now: Date, days = STALE_AFTER_DAYS): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

export const ATTENTION_PROJECTS_SHOWN = 5;

// Every query here reads project_city_facts through an index that starts with the city and holds
// every filtered column, so it touches only the index entries it counts or lists.
const f = t.projectCityFacts;

// A health rating staff keep internal flags nothing for the public.
function flaggedWhere(scope: ReadScope, health: Health[] = ['at_risk', 'off_track']): SQL {
  return healthMatchWhere(scope, f, inArray(f.health, health));
}

const staleWhere = (cutoff: string) => or(isNull(f.lastVerifiedAt), lt(f.lastVerifiedAt, cutoff))!;

// Staleness moves with the date, so unlike health it cannot be tallied ahead. Per city: the
// projects verified since the cutoff, and the flagged ones that are stale (a few, by health).
function countStaleness(scope: ReadScope, filters: ProjectFilters, cityIds: number[], cutoff: string) {
  const db = getDb();
  const where = and(inArray(f.cityId, cityIds), restatedFilterWhere(f, scope, filters));
  const recent = db
    .select({ cityId: f.cityId, n: count() })
    .from(f)
    .where(and(where, gte(f.lastVerifiedAt, cutoff)))
    .groupBy(f.cityId)
    .all();
  const staleFlagged = db
    .select({ cityId: f.cityId, n: count() })
    .from(f)
    .where(and(where, flaggedWhere(scope), staleWhere(cutoff)))
    .groupBy(f.cityId)
    .all();
  const byCity = (rows: { cityId: number; n: number }[]) => new Map(rows.map((r) => [r.cityId, r.n]));
  return { recent: byCity(recent), staleFlagged: byCity(staleFlagged) };
}

type AttentionProject = {
  code: string;
  nameZh: string;
  nameEn: string;
  health: Health | null;
  lastVerifiedAt: string | null;
};

// Worst first: off track, at risk, then the longest unverified (never verified before all).
// Each part is read in index order with a limit, so no city's whole list is ever sorted.
function worstInCity(
  scope: ReadScope,
  filters: ProjectFilters,
  cityId: number,
  cutoff: string,
  counts: { offTrack: number; atRisk: number; staleOnly: number },
): AttentionProject[] {
  const db = getDb();
  const p = t.projects;
  const unflagged = not(flaggedWhere(scope));
  const parts = [
    { count: counts.offTrack, condition: flaggedWhere(scope, ['off_track']), flagged: true },
    { count: counts.atRisk, condition: flaggedWhere(scope, ['at_risk']), flagged: true },
    { count: counts.staleOnly, condition: and(unflagged, isNull(f.lastVerifiedAt))!, flagged: false },
    { count: counts.staleOnly, condition: and(unflagged, lt(f.lastVerifiedAt, cutoff))!, flagged: false },
  ];
  const shown: AttentionProject[] = [];
  for (const part of parts) {
    const room = ATTENTION_PROJECTS_SHOWN - shown.length;
    if (room <= 0) break;
    if (part.count === 0) continue;
    const rows = db
      .select({ code: p.code, nameZh: p.nameZh, nameEn: p.nameEn, health: f.health, lastVerifiedAt: f.lastVerifiedAt })
      .from(f)
      .innerJoin(p, eq(p.id, f.projectId))
      .where(and(eq(f.cityId, cityId), restatedFilterWhere(f, scope, filters), part.condition))
      .orderBy(asc(f.lastVerifiedAt), asc(p.code))
      .limit(room)
      .all();
    shown.push(...rows.map((r) => ({ ...r, health: part.flagged ? r.health : null })));
  }
  return shown;
}

// Per city: projects at risk or off track, and projects unverified since the cutoff, with the
// worst few named.
export function fetchNeedsAttention(scope: ReadScope, filters: ProjectFilters, cutoff: string) {
  const tallies = fetchCityHealthTallies(scope, filters).filter((c) => c.total > 0);
  const { recent, staleFlagged } = countStaleness(
    scope,
    filters,
    tallies.map((c) => c.cityId),
    cutoff,
  );
  return tallies.flatMap(({ cityId, cityCode, total: projects, atRisk, offTrack }) => {
    const stale = projects - (recent.get(cityId) ?? 0);
    const flaggedStale = staleFlagged.get(cityId) ?? 0;
    const total = stale + atRisk + offTrack - flaggedStale;
    if (total === 0) return [];
    const projectsShown = worstInCity(scope, filters, cityId, cutoff, {
      offTrack,
      atRisk,
      staleOnly: stale - flaggedStale,
    });
    return [{ cityCode, atRisk, offTrack, stale, total, projects: projectsShown }];
  });
}
