// A small seeded generator (mulberry32), so a failing randomized run can be replayed exactly:
// every reliability test prints its seed and takes RELIABILITY_SEED to repeat it.

export type Random = {
  seed: number;
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
};

export function seedFromEnv(): number {
  const given = process.env.RELIABILITY_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
      throw new Error(`RELIABILITY_SEED must be an integer 0–4294967295, not "${given}".`);
    return seed;
  }
  return Math.floor(Math.random() * 0x100000000);
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { seed, next, int, pick: (items) => items[int(0, items.length - 1)] };
}

// Each editor draws from its own stream, so one editor's timing does not shift another's choices.
export function childRandom(parent: Random): Random {
  return seededRandom(Math.floor(parent.next() * 0x100000000));
}
