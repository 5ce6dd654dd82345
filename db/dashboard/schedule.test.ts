import { beforeAll, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { installTestDatabase } from '@/lib/test/test-database';
import { LATEST } from './as-of';
import { fetchLateMedians, fetchMostSlipped, fetchScheduleSnapshot } from './schedule';

// Slippage figures against the projects themselves: three late rail projects in Jinan (one
// also in Liaocheng), and one road project on time.
let db: TrackerDb;
const SLIPS: [string, number, boolean][] = [
  ['RAIL-JINAN-ZHENGZHOU-HSR', 400, true],
  ['RAIL-JINAN-LAIWU-HSR', 100, true],
  ['RAIL-HUANGTAI-CONNECTING-LINE', 61, true],
  ['ROAD-JINAN-GREAT-NORTH-RING', 10, false],
];

beforeAll(() => {
  db = installTestDatabase({ seed: true });
  const set = db.$client.prepare('update projects set slippage_days = ?, late = ? where code = ?');
  for (const [code, slip, late] of SLIPS) set.run(slip, late ? 1 : 0, code);
});

describe('slippage figures', () => {
  const cities = () => db.$client.prepare('select id, code from cities').all() as { id: number; code: string }[];

  it('counts late projects and their days by category and city, from the tallies', () => {
    const snapshot = fetchScheduleSnapshot('public', {}, LATEST, ['rail', 'road'], cities());
    expect(snapshot.total).toMatchObject({ late: 3, lateDays: 561, baselined: 4 });
    expect(snapshot.byCategory).toEqual([
      { key: 'rail', projects: expect.any(Number), baselined: 3, late: 3, lateDays: 561 },
      { key: 'road', projects: expect.any(Number), baselined: 1, late: 0, lateDays: 0 },
    ]);
    expect(snapshot.byCity.find((c) => c.key === '371500')).toMatchObject({ late: 1, lateDays: 400 });
  });

  it('gives the median days late, which the tallies cannot', () => {
    const medians = fetchLateMedians('public', {});
    expect(medians.all).toBe(100);
    expect(medians.byCategory.get('rail')).toBe(100);
    expect(fetchLateMedians('public', { city: '371500' }).all).toBe(400);
    expect(medians.byCategory.get('road')).toBeUndefined();
  });

  it('lists the most slipped first, late ones only', () => {
    expect(fetchMostSlipped('public', {}).map((p) => p.slippageDays)).toEqual([400, 100, 61]);
    expect(fetchMostSlipped('public', { category: 'road' })).toEqual([]);
  });
});
