import { describe, expect, it } from 'vitest';
import { isLate, LATE_AFTER_DAYS, lastDayOf, slippageDays } from './slippage';

describe('slippage', () => {
  it('reads a partial date as the last day it can mean', () => {
    expect(new Date(lastDayOf('2024')).toISOString().slice(0, 10)).toBe('2024-12-31');
    expect(new Date(lastDayOf('2024-02')).toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(new Date(lastDayOf('2023-02')).toISOString().slice(0, 10)).toBe('2023-02-28');
    expect(new Date(lastDayOf('2024-06-15')).toISOString().slice(0, 10)).toBe('2024-06-15');
  });

  it('counts days from the baseline end to the forecast end', () => {
    expect(slippageDays({ baselineEnd: '2024-06-30', plannedEnd: '2024-09-30', actualEnd: null })).toBe(92);
    expect(slippageDays({ baselineEnd: '2024-06-30', plannedEnd: '2024-06-01', actualEnd: null })).toBe(-29);
  });

  it('prefers the actual end over the forecast once there is one', () => {
    expect(slippageDays({ baselineEnd: '2024-06-30', plannedEnd: '2025-06-30', actualEnd: '2024-07-10' })).toBe(10);
  });

  it('compares partial dates by their last day', () => {
    expect(slippageDays({ baselineEnd: '2024', plannedEnd: '2025-01', actualEnd: null })).toBe(31);
  });

  it('has nothing to say without a baseline or an end', () => {
    expect(slippageDays({ baselineEnd: null, plannedEnd: '2024-06-30', actualEnd: null })).toBeNull();
    expect(slippageDays({ baselineEnd: '2024-06-30', plannedEnd: null, actualEnd: null })).toBeNull();
  });

  it('calls a project late only past the threshold', () => {
    expect(isLate(null)).toBe(false);
    expect(isLate(LATE_AFTER_DAYS)).toBe(false);
    expect(isLate(LATE_AFTER_DAYS + 1)).toBe(true);
    expect(isLate(-400)).toBe(false);
  });
});
