import { z } from 'zod';
import { CATEGORIES, HEALTHS, STAGE_GROUPS, STAGES } from './enums';
import { MAX_QUERY_LENGTH, parseSearchQuery } from './search/search-query';

// The filters every project view understands, read from a URL. Shared by the list page,
// the dashboard, the map and the API, so a link means the same thing everywhere.
export type ProjectFilters = {
  category?: (typeof CATEGORIES)[number];
  stage?: (typeof STAGES)[number];
  health?: (typeof HEALTHS)[number];
  // A group of stages as officials count them: planned, underway, done, cancelled.
  status?: (typeof STAGE_GROUPS)[number];
  city?: string;
  // Words to search for (lib/search): the project list and the open-data API take it; the
  // dashboard and the map, whose views are cached per filter, do not.
  q?: string;
};

export type FilterError = { param: string; value: string; allowed: readonly string[] };

const CITY_CODE = /^\d{6}$/;

// The first value of a query parameter, with an empty one read as absent.
export function firstParam(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
}

// Built once: every page request passes through this (proxy.ts), and building schemas costs
// more than using them.
const CHECKS = [
  ['category', z.enum(CATEGORIES), CATEGORIES],
  ['stage', z.enum(STAGES), STAGES],
  ['health', z.enum(HEALTHS), HEALTHS],
  ['status', z.enum(STAGE_GROUPS), STAGE_GROUPS],
] as const;

export function parseProjectFilters(
  params: Record<string, string | string[] | undefined>,
  cityCodes: readonly string[],
): { filters: ProjectFilters; error?: undefined } | { error: FilterError; filters?: undefined } {
  const filters: ProjectFilters = {};
  for (const [param, schema, allowed] of CHECKS) {
    const value = firstParam(params[param]);
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (!parsed.success) return { error: { param, value, allowed } };
    Object.assign(filters, { [param]: parsed.data });
  }
  const city = firstParam(params.city);
  if (city !== undefined) {
    if (!CITY_CODE.test(city) || !cityCodes.includes(city))
      return { error: { param: 'city', value: city, allowed: cityCodes } };
    filters.city = city;
  }
  return { filters };
}

// The `q` parameter of a list: absent when it has nothing to search for (no letters or digits).
export function parseSearchParam(
  params: Record<string, string | string[] | undefined>,
): { q?: string; error?: undefined } | { error: FilterError; q?: undefined } {
  const q = firstParam(params.q)?.trim();
  if (q && q.length > MAX_QUERY_LENGTH)
    return { error: { param: 'q', value: q, allowed: [`text of at most ${MAX_QUERY_LENGTH} characters`] } };
  return { q: q && parseSearchQuery(q) ? q : undefined };
}

// The project filters and the search words of a list, or the first bad parameter.
export function parseListParams(
  params: Record<string, string | string[] | undefined>,
  cityCodes: readonly string[],
): { filters: ProjectFilters; error?: undefined } | { error: FilterError; filters?: undefined } {
  const parsed = parseProjectFilters(params, cityCodes);
  const search = parseSearchParam(params);
  if (parsed.error || search.error) return { error: (parsed.error ?? search.error)! };
  return { filters: search.q ? { ...parsed.filters, q: search.q } : parsed.filters };
}

export function searchParamsObject(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(params.entries());
}

export function filtersToQuery(filters: ProjectFilters & { after?: string; sort?: string }): string {
  const entries = Object.entries(filters).filter(([, v]) => v !== undefined) as [string, string][];
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}
