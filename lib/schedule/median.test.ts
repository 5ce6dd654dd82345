import { describe, expect, it } from 'vitest';
import { medianOfCounts } from './median';

// Checked against the median of the same values written out in full.
function medianOfList(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

function countsOf(values: number[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b);
}

describe('the median of counted values', () => {
  it('is null for no values, and the value itself for one', () => {
    expect(medianOfCounts([])).toBeNull();
    expect(medianOfCounts([[42, 1]])).toBe(42);
  });

  it('takes the middle value of an odd count and the rounded mean of the two middles of an even one', () => {
    expect(
      medianOfCounts([
        [10, 1],
        [20, 1],
        [30, 1],
      ]),
    ).toBe(20);
    expect(
      medianOfCounts([
        [10, 1],
        [21, 1],
      ]),
    ).toBe(16);
    expect(
      medianOfCounts([
        [10, 2],
        [30, 2],
      ]),
    ).toBe(20);
    expect(
      medianOfCounts([
        [5, 3],
        [90, 1],
      ]),
    ).toBe(5);
  });

  it('agrees with the written-out median on many random lists', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let trial = 0; trial < 500; trial++) {
      const values = Array.from({ length: 1 + random(40) }, () => random(15));
      expect(medianOfCounts(countsOf(values)), values.join(',')).toBe(medianOfList(values));
    }
  });
});
