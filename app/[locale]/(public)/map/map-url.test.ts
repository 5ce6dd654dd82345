import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, STAGE_GROUPS, STAGES } from '@/lib/enums';
import { mapFilters, mapHref, parseMapState, type MapState } from './map-url';

const CITIES = ['370100', '370300'];

describe('parseMapState', () => {
  it('reads every part of the state', () => {
    expect(
      parseMapState(
        { city: '370100', category: 'rail', stage: 'implementation', status: 'underway', project: 'RAIL-X' },
        CITIES,
      ),
    ).toEqual({
      state: { city: '370100', category: 'rail', stage: 'implementation', status: 'underway', project: 'RAIL-X' },
      errors: [],
    });
  });

  it('treats empty values as absent and takes the first of repeated values', () => {
    expect(parseMapState({ city: '', category: ['road', 'rail'] }, CITIES)).toEqual({
      state: { category: 'road' },
      errors: [],
    });
  });

  it('names each bad parameter and keeps the good ones', () => {
    const { state, errors } = parseMapState(
      { city: '371700', category: 'boats', status: 'underway', project: '<script>' },
      CITIES,
    );
    expect(state).toEqual({ status: 'underway' });
    expect(errors).toEqual([
      { param: 'city', value: '371700' },
      { param: 'category', value: 'boats' },
      { param: 'project', value: '<script>' },
    ]);
  });

  it('ignores parameters the map does not use, such as health', () => {
    expect(parseMapState({ health: 'at_risk', limit: '4' }, CITIES)).toEqual({ state: {}, errors: [] });
  });

  it('reads a grid cell only inside Shandong, and a list cursor only as a project code', () => {
    expect(parseMapState({ cell: '0-585-183', after: 'JN-001' }, CITIES)).toEqual({
      state: { cell: '0-585-183', after: 'JN-001' },
      errors: [],
    });
    expect(parseMapState({ cell: '0-1-1', after: '../x' }, CITIES).errors).toEqual([
      { param: 'cell', value: '0-1-1' },
      { param: 'after', value: '../x' },
    ]);
    expect(parseMapState({ cell: '7-585-183' }, CITIES).errors).toEqual([{ param: 'cell', value: '7-585-183' }]);
  });
});

describe('mapHref', () => {
  it('links to the bare map when nothing is chosen', () => {
    expect(mapHref({})).toBe('/map');
  });

  it('changes one part and keeps the rest, in a stable order', () => {
    expect(mapHref({ project: 'A', category: 'rail' }, { city: '370100' })).toBe(
      '/map?city=370100&category=rail&project=A',
    );
    expect(mapHref({ project: 'A', category: 'rail' }, { project: undefined })).toBe('/map?category=rail');
  });

  it('starts the list again when the filters or the cell change, and leaves the cell for another city', () => {
    const state: MapState = { city: '370100', cell: '0-585-183', after: 'JN-9', category: 'rail' };
    expect(mapHref(state, { category: 'road' })).toBe('/map?city=370100&category=road&cell=0-585-183');
    expect(mapHref(state, { city: '370300' })).toBe('/map?city=370300&category=rail');
    expect(mapHref(state, { cell: '1-2341-733' })).toBe('/map?city=370100&category=rail&cell=1-2341-733');
    expect(mapHref(state, { project: 'A' })).toBe('/map?city=370100&category=rail&cell=0-585-183&after=JN-9&project=A');
    expect(mapHref(state, { after: 'JN-50' })).toBe('/map?city=370100&category=rail&cell=0-585-183&after=JN-50');
  });

  it('round-trips through parseMapState', () => {
    const state = fc.record({
      city: fc.option(fc.constantFrom(...CITIES), { nil: undefined }),
      category: fc.option(fc.constantFrom(...CATEGORIES), { nil: undefined }),
      stage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
      status: fc.option(fc.constantFrom(...STAGE_GROUPS), { nil: undefined }),
      project: fc.option(fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{0,20}$/), { nil: undefined }),
    });
    fc.assert(
      fc.property(state, (s) => {
        const params = Object.fromEntries(new URL(mapHref(s), 'http://x').searchParams);
        const expected = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as MapState;
        expect(parseMapState(params, CITIES)).toEqual({ state: expected, errors: [] });
      }),
    );
  });
});

describe('mapFilters', () => {
  it('keeps the filters, drops the selection, and orders keys the same way every time', () => {
    const a = mapFilters({ project: 'A', status: 'done', city: '370100' });
    const b = mapFilters({ city: '370100', status: 'done' });
    expect(a).toEqual({ city: '370100', status: 'done' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
