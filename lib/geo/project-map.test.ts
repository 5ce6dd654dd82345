import { describe, expect, it } from 'vitest';
import { projectMap, type LngLat } from './project-map';
import { shandongCities } from './shandong-cities';

const WIDTH = 800;
const HEIGHT = 600;
// 泉城广场, in central Jinan; 泰山's summit, in Tai'an; Qingdao's 栈桥 pier.
const JINAN: LngLat = [117.02, 36.66];
const TAISHAN: LngLat = [117.1, 36.25];
const QINGDAO: LngLat = [120.32, 36.06];

function inside([x, y]: [number, number], width = WIDTH, height = HEIGHT) {
  return x >= 0 && x <= width && y >= 0 && y <= height;
}

describe('projectMap', () => {
  const map = projectMap(shandongCities, WIDTH, HEIGHT);

  it('projects a point in Jinan inside the canvas', () => {
    const point = map.projectPoint(JINAN);
    expect(point).not.toBeNull();
    expect(inside(point!)).toBe(true);
  });

  it('keeps north up and east to the right', () => {
    const [jx, jy] = map.projectPoint(JINAN)!;
    const [tx, ty] = map.projectPoint(TAISHAN)!;
    const [qx] = map.projectPoint(QINGDAO)!;
    expect(ty).toBeGreaterThan(jy);
    expect(qx).toBeGreaterThan(jx);
    expect(tx).toBeGreaterThan(jx);
  });

  it('fits the whole province to the canvas', () => {
    const [[x0, y0], [x1, y1]] = map.path.bounds(shandongCities);
    expect(x0).toBeGreaterThanOrEqual(-0.5);
    expect(y0).toBeGreaterThanOrEqual(-0.5);
    expect(x1).toBeLessThanOrEqual(WIDTH + 0.5);
    expect(y1).toBeLessThanOrEqual(HEIGHT + 0.5);
    // fitSize fills one dimension exactly.
    expect(Math.max(x1 - x0 - WIDTH, y1 - y0 - HEIGHT)).toBeCloseTo(0, 0);
  });

  it('draws every city as an SVG path', () => {
    for (const f of shandongCities.features) expect(map.path(f)).toMatch(/^M[\d.-]/);
  });

  it('zooms to one city so that it fills the canvas and its neighbours fall partly outside', () => {
    const zoomed = map.fitToFeature('370100');
    const jinan = shandongCities.features.find((f) => f.properties.adcode === '370100')!;
    const [[x0, y0], [x1, y1]] = zoomed.path.bounds(jinan);
    expect(Math.max(x1 - x0 - WIDTH, y1 - y0 - HEIGHT)).toBeCloseTo(0, 0);
    expect(inside(zoomed.projectPoint(JINAN)!)).toBe(true);
    expect(inside(zoomed.projectPoint(QINGDAO)!)).toBe(false);
    expect(zoomed.projection.scale()).toBeGreaterThan(map.projection.scale());
  });

  it('refuses an adcode it does not know', () => {
    expect(() => map.fitToFeature('371200')).toThrow(/371200/);
  });
});
