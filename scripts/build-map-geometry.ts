// Builds lib/geo/shandong-cities.json, the city outlines the public map draws, from the Shandong
// outline that echarts@4.9.0 (Apache-2.0) ships. Re-runnable: the same input gives the same file.
//   node --import tsx scripts/build-map-geometry.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { topology } from 'topojson-server';
import { merge } from 'topojson-client';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Objects, Polygon, Topology } from 'topojson-specification';
import { isCircleCity, type CityCollection, type CityFeature, type CityGeometry } from '../lib/geo/city-features';

const SOURCE = createRequire(import.meta.url).resolve('echarts/map/json/province/shandong.json');
const TARGET = new URL('../lib/geo/shandong-cities.json', import.meta.url);

// Cities absorbed into another since the data was made: 莱芜市 became part of 济南市 in 2019.
const ABSORBED_INTO: Record<string, string> = { '371200': '370100' };

// Both in square degrees. The triangle weight sets the detail kept (about 1/6 of the points);
// islands smaller than the island area (about 1 km²) vanish at this scale anyway.
const MIN_TRIANGLE_AREA = 1e-4;
const MIN_ISLAND_AREA = 1e-4;
const DECIMALS = 3;

type EncodedGeometry =
  | { type: 'Polygon'; coordinates: string[]; encodeOffsets: number[][] }
  | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: number[][][] };
type EncodedSource = {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: { id: string; properties: { name: string }; geometry: EncodedGeometry }[];
};
type SourceProperties = { adcode: string; nameZh: string };
type CityObject = Polygon<SourceProperties> | MultiPolygon<SourceProperties>;

// After decodePolygon in echarts 4's src/coord/geo/parseGeoJson.js: each point is two
// characters, offset by 64, zigzag-encoded deltas from the previous point.
function decodeRing(encoded: string, offset: number[], scale: number): Position[] {
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function decodeSource(source: EncodedSource) {
  if (!source.UTF8Encoding) throw new Error(`${SOURCE} is not UTF8-encoded; the decoder does not apply`);
  const scale = source.UTF8Scale ?? 1024;
  return {
    type: 'FeatureCollection' as const,
    features: source.features.map(({ id, properties, geometry }) => ({
      type: 'Feature' as const,
      properties: { adcode: String(id), nameZh: properties.name } satisfies SourceProperties,
      geometry:
        geometry.type === 'Polygon'
          ? {
              type: 'Polygon' as const,
              coordinates: geometry.coordinates.map((r, i) => decodeRing(r, geometry.encodeOffsets[i], scale)),
            }
          : {
              type: 'MultiPolygon' as const,
              coordinates: geometry.coordinates.map((p, i) =>
                p.map((r, j) => decodeRing(r, geometry.encodeOffsets[i][j], scale)),
              ),
            },
    })),
  };
}

const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

// Rounding can make neighbouring points equal and shrink a ring below a triangle; drop those.
function tidyRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const [lng, lat] of ring) {
    const p = [round(lng), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}

function tidyGeometry(polygons: Position[][][]): CityGeometry {
  const kept = polygons.flatMap((polygon) => {
    const [exterior, ...holes] = polygon.map(tidyRing);
    if (!exterior) return [];
    return [[exterior, ...holes.filter((h): h is Position[] => h !== null)]];
  });
  if (kept.length === 0) throw new Error('a city lost its whole outline; lower MIN_TRIANGLE_AREA');
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

function polygonsOf(geometry: CityGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function cityObjects(t: Topology): CityObject[] {
  return (t.objects.cities as GeometryCollection<SourceProperties>).geometries.map((g) => {
    if ((g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !g.properties)
      throw new Error('unexpected geometry in the source');
    return g as CityObject;
  });
}

function build(source: EncodedSource): CityCollection {
  // Cities share their borders as identical vertices, so the topology sees shared arcs and both
  // the simplification and the merge keep neighbours seamless.
  const full = topology({ cities: decodeSource(source) }) as Topology<Objects<SourceProperties>>;
  const withoutSpecks = filter(full, filterWeight(full, MIN_ISLAND_AREA));
  const simple = simplify(presimplify(withoutSpecks), MIN_TRIANGLE_AREA);

  const objectsByCity = new Map<string, CityObject[]>();
  for (const g of cityObjects(simple)) {
    const adcode = ABSORBED_INTO[g.properties!.adcode] ?? g.properties!.adcode;
    objectsByCity.set(adcode, [...(objectsByCity.get(adcode) ?? []), g]);
  }
  const features = [...objectsByCity].map(([adcode, objects]): CityFeature => {
    const own = objects.find((g) => g.properties!.adcode === adcode);
    if (!own) throw new Error(`${adcode} absorbs other cities but is missing from the source`);
    return {
      type: 'Feature',
      properties: { adcode, nameZh: own.properties!.nameZh, inCircle: isCircleCity(adcode) },
      // merge() also stitches a single city's arcs back into rings, so every city goes through it.
      geometry: tidyGeometry(merge(simple, objects).coordinates),
    };
  });
  return {
    type: 'FeatureCollection',
    features: features.sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode)),
  };
}

// One feature a line keeps diffs readable without the bulk of full pretty-printing.
function serialize(collection: CityCollection): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

const collection = build(JSON.parse(readFileSync(SOURCE, 'utf8')) as EncodedSource);
const text = serialize(collection);
writeFileSync(TARGET, text);

const points = collection.features.reduce((n, f) => n + polygonsOf(f.geometry).flat(2).length, 0);
console.log(
  `wrote ${collection.features.length} cities, ${points} points, ${Buffer.byteLength(text)} bytes to ${TARGET.pathname}`,
);
