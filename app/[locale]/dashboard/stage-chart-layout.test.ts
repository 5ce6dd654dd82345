import { describe, expect, it } from 'vitest';
import type { Stage } from '@/lib/enums';
import { countTicks } from './stage-chart-layout';
import { percent, stackSegments } from './stage-geometry';

const counts = (some: Partial<Record<Stage, number>>): Record<Stage, number> => ({
  identification: 0,
  preparation: 0,
  implementation: 0,
  completion: 0,
  maintenance: 0,
  cancelled: 0,
  ...some,
});

describe('countTicks', () => {
  it('ends the axis at a nice number at or past the longest row, from zero', () => {
    expect(countTicks([counts({ implementation: 6, completion: 4 }), counts({ implementation: 7 })])).toEqual([
      0, 3, 6, 9, 12,
    ]);
    expect(countTicks([counts({ preparation: 1, implementation: 15, completion: 4, maintenance: 8 })])).toEqual([
      0, 7, 14, 21, 28,
    ]);
  });

  it('still draws an axis when every row is empty', () => {
    expect(countTicks([counts({})])).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('stackSegments', () => {
  it('stacks the stages a row has, in stage order, each where the one before ends', () => {
    const segments = stackSegments(counts({ maintenance: 1, preparation: 1, implementation: 3, completion: 1 }), 12);
    expect(segments.map((s) => [s.stage, s.count])).toEqual([
      ['preparation', 1],
      ['implementation', 3],
      ['completion', 1],
      ['maintenance', 1],
    ]);
    expect(segments[0].start).toBe(0);
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i].start).toBeCloseTo(segments[i - 1].start + segments[i - 1].length);
    }
    expect(segments.at(-1)!.start + segments.at(-1)!.length).toBeCloseTo(6 / 12);
  });

  it('writes a count on its segment from the narrowest plot it fits in', () => {
    const [one, two, twenty] = stackSegments(counts({ preparation: 1, implementation: 2, completion: 20 }), 28);
    expect(one.fit).toBe(480);
    expect(two.fit).toBe(290);
    expect(twenty.fit).toBe(110);
    const [large, small] = stackSegments(counts({ implementation: 12345, completion: 1500 }), 14000);
    expect(large.fit).toBe(110);
    expect(small.fit).toBe(480);
    expect(stackSegments(counts({ completion: 1, maintenance: 99 }), 100)[0].fit).toBeNull();
  });
});

describe('percent', () => {
  it('writes a fraction as a percentage to a hundredth', () => {
    expect(percent(0)).toBe('0%');
    expect(percent(1 / 3)).toBe('33.33%');
    expect(percent(1)).toBe('100%');
  });
});
