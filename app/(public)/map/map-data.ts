import 'server-only';
import { unstable_cache } from 'next/cache';
import { fetchCityAgreements, fetchMapProjectDetail, fetchMapProjects, type MapFilters } from '@/db/queries/map';
import { fetchCities } from '@/db/queries/places';
import { PUBLIC_DATA_TAG } from '@/lib/cache-tags';
import { projectGeometry } from '@/lib/geo/province-svg';

// The map is the page a crowd arrives at, so its data comes from Next's data cache. Staff
// writes revalidate PUBLIC_DATA_TAG; the time limit only bounds staleness after changes made
// outside the app (a restored backup, a script).
const CACHE = { tags: [PUBLIC_DATA_TAG], revalidate: 300 };

// Next keeps this cache on disk across restarts, but a restart may come with another database
// (a reset, a restored backup): entries filled by an earlier process must not be served.
const PROCESS_START = String(Date.now());

export const getMapCities = unstable_cache(async () => fetchCities(), ['map-cities', PROCESS_START], CACHE);

export const getMapProjects = unstable_cache(async (filters: MapFilters) => {
  const { projects, located, unlocated } = fetchMapProjects(filters);
  const drawn = projects.flatMap(({ geometry, ...project }) => {
    const shape = projectGeometry(geometry);
    return shape ? [{ ...project, shape }] : [];
  });
  return { projects: drawn, located, unlocated };
}, ['map-projects', PROCESS_START], CACHE);

export type MapProject = Awaited<ReturnType<typeof getMapProjects>>['projects'][number];

// Not cached: anyone can put any code in the URL, and a cache keyed by it would grow without
// bound. It is a lookup by unique key, cheap enough to run on every request.
export async function getMapProjectDetail(code: string) {
  return fetchMapProjectDetail(code);
}

export const getCityAgreements = unstable_cache(async (cityCode: string) => fetchCityAgreements(cityCode), ['map-city-agreements', PROCESS_START], CACHE);
