import { describe, expect, it } from 'vitest';
import { partialDateParts } from './partial-date';

describe('partialDateParts', () => {
  it('keeps the precision the record has', () => {
    expect(partialDateParts('2021', 'en')).toMatchObject({ precision: 'year', year: 2021 });
    expect(partialDateParts('2021-10', 'en')).toMatchObject({
      precision: 'month',
      year: 2021,
      month: 10,
      monthName: 'October',
    });
    expect(partialDateParts('2021-02-06', 'zh')).toMatchObject({ precision: 'day', year: 2021, month: 2, day: 6 });
    expect(partialDateParts('2024-05-01T08:00:00.000Z', 'en')).toMatchObject({ precision: 'day', day: 1 });
  });

  it('refuses what is not a date', () => {
    expect(partialDateParts('soon', 'en')).toBeNull();
  });
});
