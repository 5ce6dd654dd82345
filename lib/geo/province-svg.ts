import { geoPath } from 'd3-geo';
import { z } from 'zod';
import { CITY_NAMES_EN } from './city-names';
import { projectMap, type LngLat } from './project-map';
import { shandongCities } from './shandong-cities';

// The province projected once into a fixed SVG coordinate space, so the page can send plain
// path strings and the browser needs no projection code. Zooming changes the viewBox only.

export type Box = { x: number; y: number; w: number; h: number };
export type XY = [number, number];

export type CityOutline = {
  adcode: string;
  nameZh: string;
  nameEn: string;
  inCircle: boolean;
  d: string;
  label: XY;
  box: Box;
};

// `at` is where the project's symbol sits: the site itself, or halfway along a corridor.
export type ProjectedShape = { kind: 'point'; at: XY } | { kind: 'line'; d: string; at: XY };

export type ProvinceSvg = { province: Box; circle: Box; cities: CityOutline[] };

const SIZE = 1000;
// One decimal of a 1000-unit canvas is finer than a pixel even when zoomed to the smallest city.
const DIGITS = 1;

const map = projectMap(shandongCities, SIZE, SIZE);
const path = geoPath(map.projection).digits(DIGITS);

function round(value: number): number {
  return Math.round(value * 10 ** DIGITS) / 10 ** DIGITS;
}

function boxOf([[x0, y0], [x1, y1]]: [[number, number], [number, number]]): Box {
  return { x: round(x0), y: round(y0), w: round(x1 - x0), h: round(y1 - y0) };
}

export function unionBox(boxes: Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: x0, y: y0, w: round(x1 - x0), h: round(y1 - y0) };
}

let cached: ProvinceSvg | undefined;

// A short fingerprint of the outlines, so a URL that serves them can be cached forever and
// still change when they do.
// Worked out once: the map links every outline through it, on every request.
let version: string | undefined;
export function outlinesVersion(): string {
  if (version) return version;
  let hash = 0x811c9dc5;
  for (const c of provinceSvg().cities) {
    for (let i = 0; i < c.d.length; i++) hash = Math.imul(hash ^ c.d.charCodeAt(i), 0x01000193);
  }
  version = (hash >>> 0).toString(36);
  return version;
}

// The outlines as a stand-alone SVG document of paths with ids, for <use> to reference.
export function outlinesDocument(): string {
  const paths = provinceSvg().cities.map(
    (c) => `<path id="c${c.adcode}" d="${c.d}" vector-effect="non-scaling-stroke"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg">${paths.join('')}</svg>`;
}

export function provinceSvg(): ProvinceSvg {
  if (cached) return cached;
  const cities = shandongCities.features.map((f): CityOutline => {
    const [lx, ly] = path.centroid(f);
    return {
      adcode: f.properties.adcode,
      nameZh: f.properties.nameZh,
      nameEn: CITY_NAMES_EN[f.properties.adcode] ?? f.properties.nameZh,
      inCircle: f.properties.inCircle,
      d: path(f) ?? '',
      label: [round(lx), round(ly)],
      box: boxOf(path.bounds(f)),
    };
  });
  cached = {
    province: boxOf(path.bounds(shandongCities)),
    circle: unionBox(cities.filter((c) => c.inCircle).map((c) => c.box)),
    cities,
  };
  return cached;
}

// The point a given fraction of the way along a polyline, measured by length.
export function pointAlong(points: XY[], fraction = 0.5): XY {
  if (points.length === 1) return points[0];
  const lengths = points.slice(1).map((p, i) => Math.hypot(p[0] - points[i][0], p[1] - points[i][1]));
  let remaining = lengths.reduce((a, b) => a + b, 0) * fraction;
  for (let i = 0; i < lengths.length; i++) {
    if (remaining <= lengths[i] || i === lengths.length - 1) {
      const t = lengths[i] === 0 ? 0 : Math.min(1, remaining / lengths[i]);
      const [a, b] = [points[i], points[i + 1]];
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
    remaining -= lengths[i];
  }
  return points[points.length - 1];
}

const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: lngLat }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(lngLat).min(2) }),
]);

export function project(point: LngLat): XY | null {
  const xy = map.projectPoint(point);
  return xy ? [round(xy[0]), round(xy[1])] : null;
}

// A box of longitudes and latitudes on the canvas (north is up, so its top is the north edge).
export function projectBounds({
  west,
  south,
  east,
  north,
}: {
  west: number;
  south: number;
  east: number;
  north: number;
}): Box | null {
  const [a, b] = [project([west, north]), project([east, south])];
  return a && b ? { x: a[0], y: a[1], w: round(b[0] - a[0]), h: round(b[1] - a[1]) } : null;
}

// A project's stored GeoJSON as SVG. Null when the text is not a Point or LineString we can
// draw: a malformed location hides one symbol instead of breaking the whole map.
export function projectGeometry(text: string | null): ProjectedShape | null {
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = geometrySchema.safeParse(json);
  if (!parsed.success) return null;
  const geometry = parsed.data;
  if (geometry.type === 'Point') {
    const at = project(geometry.coordinates);
    return at && { kind: 'point', at };
  }
  const points = geometry.coordinates.map(project);
  if (points.some((p) => p === null)) return null;
  const [x, y] = pointAlong(points as XY[]);
  return { kind: 'line', d: path(geometry) ?? '', at: [round(x), round(y)] };
}
