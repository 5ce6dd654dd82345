import type { Oc4idsFacts } from './facts';

type Geometry = { type: 'Point' | 'LineString'; coordinates: unknown[] };

// A project's point or corridor, as GeoJSON in WGS84 [lon, lat] as the record keeps it. The
// record's locations are drawn from the source's place names, so each is marked approximate
// (an extension field) and says so in its description.
export function mapLocations(project: Oc4idsFacts['project'], cities: Oc4idsFacts['cities']) {
  if (!project.geometry) return {};
  const geometry = JSON.parse(project.geometry) as Geometry;
  const places = cities.map((c) => c.nameZh).join('、');
  const approximate = project.geometryApproximate;
  return {
    locations: [
      {
        id: '1',
        description: [places, approximate ? '位置为近似位置' : ''].filter(Boolean).join('；') || project.nameZh,
        geometry: { type: geometry.type, coordinates: geometry.coordinates },
        approximate,
      },
    ],
  };
}
