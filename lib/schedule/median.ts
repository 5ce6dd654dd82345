// The median of values given as [value, how many times] in ascending order of value: the middle
// value, or the two middle ones' mean rounded, as if the list were written out in full.
export function medianOfCounts(counts: [value: number, times: number][]): number | null {
  const total = counts.reduce((sum, [, times]) => sum + times, 0);
  if (total === 0) return null;
  const low = valueAt(counts, Math.floor((total - 1) / 2));
  return total % 2 ? low : Math.round((low + valueAt(counts, total / 2)) / 2);
}

// The value at 0-based position `index` of the list written out in full.
function valueAt(counts: [number, number][], index: number): number {
  let seen = 0;
  for (const [value, times] of counts) {
    seen += times;
    if (index < seen) return value;
  }
  throw new RangeError(`position ${index} is past the last of ${seen} values`);
}
