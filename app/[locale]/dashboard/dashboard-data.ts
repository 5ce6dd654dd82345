import 'server-only';
import { cachedRead } from '@/app/cached-read';
import { CATEGORIES } from '@/lib/enums';
import { fetchAgreementDelivery, fetchHeadlineFigures, fetchTimeline } from '@/db/dashboard/figures';
import { fetchNeedsAttention, staleCutoff } from '@/db/dashboard/attention';
import { fetchRecentChanges } from '@/db/dashboard/changes';
import { fetchProgressByCategory, fetchProgressByCity } from '@/db/dashboard/tallies';
import { fetchCities } from '@/db/places/queries';
import { fetchReasonCountsAsOf } from '@/db/dashboard/as-of';
import { fetchLateMedians, fetchMostSlipped, fetchScheduleSnapshot } from '@/db/dashboard/schedule';
import { fetchProgressOverTime } from '@/db/dashboard/progress-over-time';
import type { ReadScope } from '@/db/core/read-scope';
import { DASHBOARD_STANDING_TAG, DASHBOARD_TAG } from '@/lib/cache-tags';
import type { ProjectFilters } from '@/lib/project-filters';

// Officials open the dashboard far more often than staff change anything, so each card's figures
// come from Next's data cache, per read scope and filters (both part of the key). Every write
// expires DASHBOARD_TAG (expirePublicData), so the next reader gets fresh figures at once; the
// time limit only bounds staleness after changes made outside the app (a restored backup, a
// script).
function cached<A extends unknown[], R>(name: string, fetch: (...args: A) => R): (...args: A) => Promise<R> {
  return cachedRead([`dashboard-${name}`], [DASHBOARD_TAG], fetch);
}

// For figures no project's progress enters: kept through a write that changed progress alone.
function standing<A extends unknown[], R>(name: string, fetch: (...args: A) => R): (...args: A) => Promise<R> {
  return cachedRead([`dashboard-${name}`], [DASHBOARD_STANDING_TAG], fetch);
}

export const getDashboardCities = cached('cities', () => fetchCities());
export const getHeadlineFigures = cached('headline', fetchHeadlineFigures);
export const getCategoryProgress = cached('category', (scope: ReadScope, filters: ProjectFilters, asOf?: string) =>
  fetchProgressByCategory(scope, filters, filters.category ? [filters.category] : CATEGORIES, asOf),
);
export const getCityProgress = cached(
  'city',
  (scope: ReadScope, filters: ProjectFilters, cityCodes: string[], asOf?: string) =>
    fetchProgressByCity(scope, filters, cityCodes, asOf),
);
// The schedule cards read the day tallies, today's when no day is chosen.
export const getScheduleSnapshot = cached(
  'schedule',
  (scope: ReadScope, filters: ProjectFilters, day: string, cities: { id: number; code: string }[]) =>
    fetchScheduleSnapshot(scope, filters, day, filters.category ? [filters.category] : CATEGORIES, cities),
);
export const getReasonCounts = standing('reasons', fetchReasonCountsAsOf);
export const getMostSlipped = standing('most-slipped', fetchMostSlipped);
export const getLateMedians = standing('late-medians', (scope: ReadScope, filters: ProjectFilters) => {
  const medians = fetchLateMedians(scope, filters);
  // The data cache keeps JSON: maps become entry lists.
  return { all: medians.all, byCategory: [...medians.byCategory] };
});
export const getProgressOverTime = cached('over-time', fetchProgressOverTime);
export const getAgreementDelivery = cached('agreements', fetchAgreementDelivery);
export const getTimeline = standing('timeline', fetchTimeline);
export const getRecentChanges = cached('changes', (scope: ReadScope, filters: ProjectFilters) =>
  fetchRecentChanges(scope, filters),
);

const getNeedsAttentionAsOf = standing('attention', fetchNeedsAttention);

// Staleness is counted from today's cutoff, which is part of the key: a new day, new figures.
export function getNeedsAttention(scope: ReadScope, filters: ProjectFilters) {
  return getNeedsAttentionAsOf(scope, filters, staleCutoff(new Date()));
}
