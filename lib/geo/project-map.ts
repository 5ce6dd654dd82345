import { geoMercator, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { CityCollection } from './city-features';

export type LngLat = [number, number];

export type MapProjection = {
  projection: GeoProjection;
  path: GeoPath;
  // Null when the point cannot be projected (never for a point in Shandong under Mercator).
  projectPoint: (lngLat: LngLat) => [number, number] | null;
  fitToFeature: (adcode: string) => MapProjection;
};

function fromProjection(
  collection: CityCollection,
  width: number,
  height: number,
  projection: GeoProjection,
): MapProjection {
  return {
    projection,
    path: geoPath(projection),
    projectPoint: (lngLat) => projection(lngLat),
    fitToFeature: (adcode) => {
      const city = collection.features.find((f) => f.properties.adcode === adcode);
      if (!city) throw new Error(`no city with adcode ${adcode} in the map geometry`);
      return fromProjection(collection, width, height, geoMercator().fitSize([width, height], city));
    },
  };
}

// Mercator keeps the province's shapes familiar; at this latitude span its area distortion is negligible.
export function projectMap(collection: CityCollection, width: number, height: number): MapProjection {
  return fromProjection(collection, width, height, geoMercator().fitSize([width, height], collection));
}
