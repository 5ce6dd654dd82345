import { mapFilters, parseMapState } from '@/app/[locale]/(public)/map/map-url';
import { CIRCLE_CITY_ADCODES } from '@/lib/geo/city-features';
import { parseProjectFilters } from '@/lib/project-filters';
import { RECORD_CODE } from '@/lib/validation/fields';

// The public map and the signed-out dashboard are what a crowd reads, so proxy.ts sends each
// request for them, when its query is one of a bounded set of filter combinations, to a
// page that Next renders once and keeps in its full-route cache until a write expires its tags:
//   /map?city=370100&category=rail  →  /{locale}/map/cached-view/city.370100~category.rail
// Anything else (a selected project, a zoomed-in grid cell, a list page, a bad value, a signed-in
// reader of the dashboard) is rendered per request at the public URL as before.
export const CACHED_VIEW_SEGMENT = 'cached-view';

const ALL_PROJECTS = 'all';
const VIEW_KEYS = ['city', 'category', 'stage', 'health', 'status'] as const;
type ViewKey = (typeof VIEW_KEYS)[number];
type ViewFilters = Partial<Record<ViewKey, string>>;

// The canonical name of a set of filters, so that equal filters share one cache entry.
export function viewName(filters: ViewFilters): string {
  const pairs = VIEW_KEYS.flatMap((key) => (filters[key] ? [`${key}.${filters[key]}`] : []));
  return pairs.length ? pairs.join('~') : ALL_PROJECTS;
}

// The query a view name stands for, or null when the name is not one viewName() makes.
export function viewQuery(name: string): Record<string, string> | null {
  if (name === ALL_PROJECTS) return {};
  const query: Record<string, string> = {};
  for (const pair of name.split('~')) {
    const dot = pair.indexOf('.');
    const key = pair.slice(0, dot) as ViewKey;
    if (dot < 1 || !VIEW_KEYS.includes(key) || key in query) return null;
    query[key] = pair.slice(dot + 1);
  }
  return viewName(query) === name ? query : null;
}

// The first value of each parameter, empty ones left out, as the pages read them.
function firstValues(search: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of search) if (value !== '' && !(key in query)) query[key] = value;
  return query;
}

export function mapViewName(search: URLSearchParams): string | null {
  const { state, errors } = parseMapState(firstValues(search), CIRCLE_CITY_ADCODES);
  if (errors.length || state.project || state.cell || state.after) return null;
  return viewName(mapFilters(state));
}

// A past day's dashboard (asOf, compare) is rendered per request; its figures still come from
// the data cache, keyed by the day.
export function dashboardViewName(search: URLSearchParams): string | null {
  if (search.get('asOf') || search.get('compare')) return null;
  const parsed = parseProjectFilters(firstValues(search), CIRCLE_CITY_ADCODES);
  return parsed.error ? null : viewName(parsed.filters);
}

// The query of a cached view, for its page; null for any name the proxy would not have made.
export function mapViewQuery(name: string): Record<string, string> | null {
  const query = viewQuery(name);
  return query && mapViewName(new URLSearchParams(query)) === name ? query : null;
}

export function dashboardViewQuery(name: string): Record<string, string> | null {
  const query = viewQuery(name);
  return query && dashboardViewName(new URLSearchParams(query)) === name ? query : null;
}

// The project list's first page per filters (later pages are read from the data cache), and each
// project's page: `project.{code}`.
const PROJECT_VIEW = 'project.';
const PROJECT_PAGE = '/projects/';

export function projectListViewName(search: URLSearchParams): string | null {
  // A search's words are unbounded, and a sorted list is rarely asked for: rendered per request.
  return search.get('after') || search.get('sort') || search.get('q')?.trim() ? null : dashboardViewName(search);
}

export function projectsViewQuery(name: string): Record<string, string> | null {
  if (name.startsWith(PROJECT_VIEW)) {
    const code = name.slice(PROJECT_VIEW.length);
    return RECORD_CODE.test(code) ? { project: code } : null;
  }
  const query = viewQuery(name);
  return query && projectListViewName(new URLSearchParams(query)) === name ? query : null;
}

export function homeViewQuery(name: string): Record<string, string> | null {
  return name === 'home' ? {} : null;
}

// Staff read drafts and internal notes on the dashboard, the list, the home page and project
// pages, so only signed-out readers are sent to those pages' cached copies.
function publicViewPath(pathname: string, search: URLSearchParams): string | null {
  if (pathname === '/dashboard') return viewPath('/dashboard', dashboardViewName(search));
  if (pathname === '/projects') return viewPath('/projects', projectListViewName(search));
  if (search.size > 0) return null;
  if (pathname === '/') return '/cached-view/home';
  const code = pathname.startsWith(PROJECT_PAGE) ? pathname.slice(PROJECT_PAGE.length) : '';
  return RECORD_CODE.test(code) ? viewPath('/projects', PROJECT_VIEW + code) : null;
}

const viewPath = (page: string, name: string | null) => name && `${page}/${CACHED_VIEW_SEGMENT}/${name}`;

// Where the proxy sends a page request that a cached view can answer, or null.
export function cachedViewPath(pathname: string, search: URLSearchParams, signedIn: boolean): string | null {
  if (pathname === '/map') return viewPath('/map', mapViewName(search));
  return signedIn ? null : publicViewPath(pathname, search);
}

// Cached views are reached only through the proxy, which makes their names canonical; asked for
// directly, they would let anyone fill the cache with names of their choosing.
export function isCachedViewPath(pathname: string): boolean {
  return ['', '/map', '/dashboard', '/projects'].some(
    (page) => pathname === `${page}/${CACHED_VIEW_SEGMENT}` || pathname.startsWith(`${page}/${CACHED_VIEW_SEGMENT}/`),
  );
}
