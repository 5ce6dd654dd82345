import { describe, expect, it } from 'vitest';
import { filtersToQuery, parseProjectFilters } from './project-filters';

const CITY_CODES = ['370100', '370300'];

describe('parseProjectFilters', () => {
  it('accepts known values and ignores empty ones', () => {
    expect(
      parseProjectFilters({ category: 'rail', stage: 'implementation', city: '370100', health: '' }, CITY_CODES),
    ).toEqual({ filters: { category: 'rail', stage: 'implementation', city: '370100' } });
  });

  it('names the parameter and the allowed values when a value is unknown', () => {
    const result = parseProjectFilters({ category: 'rocket' }, CITY_CODES);
    expect(result.error?.param).toBe('category');
    expect(result.error?.allowed).toContain('rail');
  });

  it('refuses a city outside the circle', () => {
    expect(parseProjectFilters({ city: '370200' }, CITY_CODES).error?.param).toBe('city');
    expect(parseProjectFilters({ city: 'x; drop table' }, CITY_CODES).error?.param).toBe('city');
  });

  it('takes the first of repeated parameters', () => {
    expect(parseProjectFilters({ stage: ['completion', 'cancelled'] }, CITY_CODES).filters).toEqual({
      stage: 'completion',
    });
  });
});

describe('filtersToQuery', () => {
  it('round-trips through a URL', () => {
    expect(filtersToQuery({ category: 'port', city: '370300' })).toBe('?category=port&city=370300');
    expect(filtersToQuery({})).toBe('');
  });
});

describe('status filter', () => {
  it('accepts a stage group', () => {
    expect(parseProjectFilters({ status: 'done' }, CITY_CODES).filters).toEqual({ status: 'done' });
    expect(parseProjectFilters({ status: 'finished' }, CITY_CODES).error?.allowed).toEqual([
      'planned',
      'underway',
      'done',
      'cancelled',
    ]);
  });
});
