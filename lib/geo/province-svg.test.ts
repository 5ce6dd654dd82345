import { describe, expect, it } from 'vitest';
import { CIRCLE_CITY_ADCODES } from './city-features';
import { outlinesDocument, outlinesVersion, pointAlong, projectGeometry, provinceSvg, unionBox } from './province-svg';

function contains(box: { x: number; y: number; w: number; h: number }, [x, y]: [number, number]) {
  return x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h;
}

describe('provinceSvg', () => {
  const svg = provinceSvg();

  it('draws all sixteen cities with English and Chinese names', () => {
    expect(svg.cities).toHaveLength(16);
    for (const c of svg.cities) {
      expect(c.d).toMatch(/^M[\d.]/);
      expect(c.nameEn).toMatch(/^[A-Z]/);
      expect(c.nameZh).toMatch(/市$/);
    }
  });

  it('keeps path strings short by rounding to one decimal', () => {
    for (const c of svg.cities) expect(c.d).not.toMatch(/\.\d{2}/);
  });

  it('puts every label inside its city box and every city inside the province', () => {
    for (const c of svg.cities) {
      expect(contains(c.box, c.label), c.adcode).toBe(true);
      expect(contains(svg.province, [c.box.x, c.box.y])).toBe(true);
    }
  });

  it('frames the seven circle cities in the west of the province', () => {
    const circle = svg.cities.filter((c) => c.inCircle);
    expect(circle.map((c) => c.adcode).sort()).toEqual([...CIRCLE_CITY_ADCODES].sort());
    for (const c of circle) expect(contains(svg.circle, c.label)).toBe(true);
    expect(svg.circle.w).toBeLessThan(svg.province.w * 0.7);
    expect(svg.circle.x + svg.circle.w / 2).toBeLessThan(svg.province.x + svg.province.w / 2);
  });
});

describe('outlinesDocument', () => {
  it('holds one path per city, referable by adcode, with no fill of its own', () => {
    const doc = outlinesDocument();
    expect(doc).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg">/);
    for (const c of provinceSvg().cities) expect(doc).toContain(`<path id="c${c.adcode}" d="${c.d}"`);
    expect(doc).not.toContain('fill');
  });

  it('has a stable version that names its content', () => {
    expect(outlinesVersion()).toMatch(/^[0-9a-z]{4,8}$/);
    expect(outlinesVersion()).toBe(outlinesVersion());
  });
});

describe('unionBox', () => {
  it('covers every box given', () => {
    expect(
      unionBox([
        { x: 0, y: 5, w: 10, h: 10 },
        { x: -5, y: 0, w: 6, h: 3 },
      ]),
    ).toEqual({ x: -5, y: 0, w: 15, h: 15 });
  });
});

describe('pointAlong', () => {
  it('finds the middle of a bent line by length, not by vertex count', () => {
    expect(
      pointAlong([
        [0, 0],
        [10, 0],
        [10, 30],
      ]),
    ).toEqual([10, 10]);
  });

  it('returns the only point of a one-point line and the end at fraction 1', () => {
    expect(pointAlong([[3, 4]])).toEqual([3, 4]);
    expect(
      pointAlong(
        [
          [0, 0],
          [4, 0],
        ],
        1,
      ),
    ).toEqual([4, 0]);
  });
});

describe('projectGeometry', () => {
  it('places a site in Jinan inside Jinan', () => {
    const jinan = provinceSvg().cities.find((c) => c.adcode === '370100')!;
    const shape = projectGeometry(JSON.stringify({ type: 'Point', coordinates: [117.02, 36.66] }));
    expect(shape?.kind).toBe('point');
    expect(contains(jinan.box, shape!.at)).toBe(true);
  });

  it('draws a corridor as a path with its symbol between its ends', () => {
    const shape = projectGeometry(
      JSON.stringify({
        type: 'LineString',
        coordinates: [
          [116.89, 36.67],
          [115.67, 36.23],
        ],
      }),
    );
    expect(shape?.kind).toBe('line');
    if (shape?.kind !== 'line') return;
    expect(shape.d).toMatch(/^M[\d.]+,[\d.]+L/);
    const start = projectGeometry(JSON.stringify({ type: 'Point', coordinates: [116.89, 36.67] }))!.at;
    const end = projectGeometry(JSON.stringify({ type: 'Point', coordinates: [115.67, 36.23] }))!.at;
    expect(shape.at[0]).toBeGreaterThan(end[0]);
    expect(shape.at[0]).toBeLessThan(start[0]);
  });

  it('skips what it cannot draw instead of throwing', () => {
    for (const text of [
      null,
      '',
      'not json',
      '{"type":"Polygon","coordinates":[]}',
      '{"type":"Point","coordinates":[500,1]}',
      '{"type":"LineString","coordinates":[[117,36]]}',
    ]) {
      expect(projectGeometry(text), String(text)).toBeNull();
    }
  });
});
