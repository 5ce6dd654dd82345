import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoArea, geoBounds } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { CIRCLE_CITY_ADCODES } from './city-features';
import { shandongCities } from './shandong-cities';

const { features } = shandongCities;
const byCode = new Map(features.map((f) => [f.properties.adcode, f]));

describe('Shandong city outlines', () => {
  it('has one feature per prefecture-level city, with 莱芜 merged into 济南', () => {
    expect(features).toHaveLength(16);
    expect(byCode.size).toBe(16);
    expect(byCode.has('371200')).toBe(false);
    expect(byCode.get('370100')?.properties.nameZh).toBe('济南市');
  });

  it('marks exactly the seven circle cities', () => {
    for (const adcode of CIRCLE_CITY_ADCODES) expect(byCode.get(adcode)?.properties.inCircle).toBe(true);
    expect(features.filter((f) => f.properties.inCircle)).toHaveLength(7);
  });

  it('winds every ring so that each city covers a small area, not the rest of the globe', () => {
    for (const f of features) {
      const area = geoArea(f);
      expect(area, f.properties.adcode).toBeGreaterThan(0);
      expect(area, f.properties.adcode).toBeLessThan(2 * Math.PI);
    }
  });

  it('gives 济南 its post-2019 size, 莱芜 included', () => {
    // 济南 is about 10,244 km² since the merger; before it, about 8,177 km².
    const km2 = geoArea(byCode.get('370100')!) * 6371 ** 2;
    expect(km2).toBeGreaterThan(9_800);
    expect(km2).toBeLessThan(10_700);
  });

  it('lies within Shandong', () => {
    const [[west, south], [east, north]] = geoBounds(shandongCities);
    expect(west).toBeGreaterThanOrEqual(114);
    expect(east).toBeLessThanOrEqual(123);
    expect(south).toBeGreaterThanOrEqual(34);
    expect(north).toBeLessThanOrEqual(39);
  });

  it('stays small enough to ship with the page', () => {
    const file = fileURLToPath(new URL('./shandong-cities.json', import.meta.url));
    expect(statSync(file).size).toBeLessThan(120 * 1024);
  });
});
