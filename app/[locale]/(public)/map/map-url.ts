import { z } from 'zod';
import { CATEGORIES, STAGE_GROUPS, STAGES, type Category, type Stage, type StageGroup } from '@/lib/enums';
import type { MapFilters } from '@/db/map/queries';
import { parseCell } from '@/lib/geo/map-grid';
import { firstParam } from '@/lib/project-filters';

// Everything the map shows is in its URL, so any view can be sent as a link: the chosen city,
// the category and stage filters, and the selected project. `stage` is one exact stage, as on
// the project list; `status` is a group of stages (planned, underway, done, cancelled). When
// there are too many projects to draw, `cell` is the grid cell zoomed into and `after` the
// list's page (the last project code of the page before).
export type MapState = {
  city?: string;
  category?: Category;
  stage?: Stage;
  status?: StageGroup;
  cell?: string;
  after?: string;
  project?: string;
};

export type MapParamError = { param: keyof MapState; value: string };

const PARAM_ORDER = ['city', 'category', 'stage', 'status', 'cell', 'after', 'project'] as const;
const PROJECT_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;

// Built once: every map request passes through this (proxy.ts). The city is checked against
// the codes given, so it is checked by hand.
const SCHEMAS = {
  category: z.enum(CATEGORIES),
  stage: z.enum(STAGES),
  status: z.enum(STAGE_GROUPS),
  cell: z.string().refine((v) => parseCell(v) !== null),
  after: z.string().regex(PROJECT_CODE),
  project: z.string().regex(PROJECT_CODE),
};

// A bad value is reported and dropped, and the rest of the link still works.
export function parseMapState(
  params: Record<string, string | string[] | undefined>,
  cityCodes: readonly string[],
): { state: MapState; errors: MapParamError[] } {
  const state: MapState = {};
  const errors: MapParamError[] = [];
  for (const param of PARAM_ORDER) {
    const value = firstParam(params[param]);
    if (value === undefined) continue;
    const parsed =
      param === 'city' ? { success: cityCodes.includes(value), data: value } : SCHEMAS[param].safeParse(value);
    if (parsed.success) Object.assign(state, { [param]: parsed.data });
    else errors.push({ param, value });
  }
  return { state, errors };
}

// The filters that decide which projects are drawn, in a fixed key order so that equal
// filters make equal cache keys.
export function mapFilters(state: MapState): MapFilters {
  const filters: MapFilters = {};
  if (state.city) filters.city = state.city;
  if (state.category) filters.category = state.category;
  if (state.stage) filters.stage = state.stage;
  if (state.status) filters.status = state.status;
  return filters;
}

// A link to the map in another state. A key set to undefined in the change is removed. The
// list starts again from its first page when what it lists changes, and another city leaves
// the zoomed-in cell.
export function mapHref(state: MapState, change: Partial<Record<keyof MapState, string | undefined>> = {}): string {
  const next: Record<string, string | undefined> = { ...state, ...change };
  const changes = (key: keyof MapState) => key in change && change[key] !== state[key];
  if (changes('city')) delete next.cell;
  if (['city', 'category', 'stage', 'status', 'cell'].some((k) => changes(k as keyof MapState)) && !('after' in change))
    delete next.after;
  const query = new URLSearchParams();
  for (const param of PARAM_ORDER) {
    const value = next[param];
    if (value) query.set(param, value);
  }
  const text = query.toString();
  return text ? `/map?${text}` : '/map';
}
