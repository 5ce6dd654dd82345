import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

// The seven prefecture-level cities of the Jinan economic circle, by administrative code.
export const CIRCLE_CITY_ADCODES = ['370100', '370300', '370500', '370900', '371400', '371500', '371600'] as const;

export type CityProperties = { adcode: string; nameZh: string; inCircle: boolean };
export type CityGeometry = Polygon | MultiPolygon;
export type CityFeature = Feature<CityGeometry, CityProperties>;
export type CityCollection = FeatureCollection<CityGeometry, CityProperties>;

export function isCircleCity(adcode: string): boolean {
  return (CIRCLE_CITY_ADCODES as readonly string[]).includes(adcode);
}
