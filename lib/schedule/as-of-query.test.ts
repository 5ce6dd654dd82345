import { describe, expect, it } from 'vitest';
import { parseAsOfQuery } from './as-of-query';

describe('parseAsOfQuery', () => {
  it('reads a day and a day to compare with', () => {
    expect(parseAsOfQuery({ asOf: '2025-06-30', compare: '2025-03-31' })).toEqual({
      days: { asOf: '2025-06-30', compare: '2025-03-31' },
    });
  });

  it('compares with today when only the comparison is given', () => {
    const { days } = parseAsOfQuery({ compare: '2025-03-31' });
    expect(days.asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  it('refuses what is not a real day, naming the parameter', () => {
    for (const value of ['2025-02-30', '30/06/2025', '2025-6-1', '2025'])
      expect(parseAsOfQuery({ asOf: value })).toEqual({ days: {}, error: { param: 'asOf', value } });
    expect(parseAsOfQuery({ asOf: '2025-01-01', compare: 'x' }).error).toEqual({ param: 'compare', value: 'x' });
  });

  it('reads an empty value as absent', () => {
    expect(parseAsOfQuery({ asOf: '' })).toEqual({ days: {} });
  });
});
