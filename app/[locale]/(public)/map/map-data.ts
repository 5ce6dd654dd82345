import 'server-only';
import { cachedRead } from '@/app/cached-read';
import {
  fetchCityAgreements,
  fetchMapListPage,
  fetchMapProjectDetail,
  fetchMapView,
  type MapFilters,
  type MapProjectRow,
} from '@/db/map/queries';
import { fetchCities } from '@/db/places/queries';
import { PUBLIC_DATA_TAG } from '@/lib/cache-tags';
import { parseCell } from '@/lib/geo/map-grid';
import { project, projectGeometry } from '@/lib/geo/province-svg';

// The map is the page a crowd arrives at, so its data comes from Next's data cache, expired by
// every write (PUBLIC_DATA_TAG).

const DEFAULT_CLUSTER_THRESHOLD = 200;
// The list beside a map of counts shows this many projects a page.
export const MAP_LIST_PAGE_SIZE = 20;

// Above this many located projects in view the map draws counts instead of one symbol each:
// two hundred symbols are still readable, and their page (~0.7 MB) still quick to send;
// tens of thousands are neither.
// MAP_CLUSTER_THRESHOLD lowers it, to see the counting map on a small database.
export function clusterThreshold(): number {
  const value = Number(process.env.MAP_CLUSTER_THRESHOLD);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_CLUSTER_THRESHOLD;
}

export const getMapCities = cachedRead(['map-cities'], [PUBLIC_DATA_TAG], async () => fetchCities());

function drawn(projects: MapProjectRow[]) {
  return projects.flatMap(({ geometry, ...row }) => {
    const shape = projectGeometry(geometry);
    return shape ? [{ ...row, shape }] : [];
  });
}

function listItems(projects: MapProjectRow[]) {
  return projects.map(({ geometry: _geometry, ...row }) => row);
}

// What the map shows for the filters and the zoomed-in cell: the projects themselves, or
// counts. Either way it is small (at most `threshold` projects, or a few hundred counts), so
// it is cached; the cell comes from parseMapState, which accepts only cells in the province.
const getView = cachedRead(
  ['map-view'],
  [PUBLIC_DATA_TAG],
  async (filters: MapFilters, cellText: string | null, threshold: number) => {
    const view = fetchMapView(filters, { cell: (cellText && parseCell(cellText)) || undefined, threshold });
    if (view.mode === 'projects') return { ...view, projects: drawn(view.projects) };
    if (view.mode === 'cities') return view;
    return {
      ...view,
      clusters: view.clusters.flatMap((c) => {
        const at = project([c.lng, c.lat]);
        return at ? [{ cell: c.cell, total: c.total, byCategory: c.byCategory, at }] : [];
      }),
    };
  },
);

export async function getMapView(filters: MapFilters, cell: string | undefined) {
  return getView(filters, cell ?? null, clusterThreshold());
}

export type MapView = Awaited<ReturnType<typeof getMapView>>;
export type MapProject = Extract<MapView, { mode: 'projects' }>['projects'][number];
export type MapListItem = Omit<MapProject, 'shape'>;

const getFirstListPage = cachedRead(
  ['map-list'],
  [PUBLIC_DATA_TAG],
  async (filters: MapFilters, cellText: string | null) => {
    const page = fetchMapListPage(filters, {
      cell: (cellText && parseCell(cellText)) || undefined,
      limit: MAP_LIST_PAGE_SIZE,
    });
    return { projects: listItems(page.projects), nextAfter: page.nextAfter };
  },
);

// The first page is cached with the view it belongs to; later pages are read as asked, since
// any code can be a cursor and a cache keyed by it would grow without bound.
export async function getMapListPage(filters: MapFilters, cell: string | undefined, after: string | undefined) {
  if (!after) return getFirstListPage(filters, cell ?? null);
  const page = fetchMapListPage(filters, {
    cell: (cell && parseCell(cell)) || undefined,
    after,
    limit: MAP_LIST_PAGE_SIZE,
  });
  return { projects: listItems(page.projects), nextAfter: page.nextAfter };
}

// Not cached: anyone can put any code in the URL, and a cache keyed by it would grow without
// bound. It is a lookup by unique key, cheap enough to run on every request. The shape lets a
// map of counts still show where the selected project is.
export async function getMapProjectDetail(code: string) {
  const detail = fetchMapProjectDetail(code);
  if (!detail) return null;
  const { geometry, ...facts } = detail;
  return { ...facts, shape: projectGeometry(geometry) };
}

export const getCityAgreements = cachedRead(['map-city-agreements'], [PUBLIC_DATA_TAG], async (cityCode: string) =>
  fetchCityAgreements(cityCode),
);
