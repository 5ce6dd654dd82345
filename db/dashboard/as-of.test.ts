import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '@/bench/synthetic-data';
import type { TrackerDb } from '@/db/core/connection';
import * as t from '@/db/core/schema';
import { insertTestActors, type TestActors } from '@/db/accounts/test-actors';
import { createProject, deleteProject, updateProject } from '@/db/projects/mutations';
import { fetchProjectByCode } from '@/db/projects/queries';
import { CATEGORIES, HEALTHS, SCHEDULE_REASONS, STAGES } from '@/lib/enums';
import { installTestDatabase } from '@/lib/test/test-database';
import { seedCities } from '@/seed/cities';
import { fetchReasonCountsAsOf, fetchTalliesAsOf } from './as-of';

// The as-of tallies against a replay of the history: projects are created, edited, moved
// between cities, re-planned, re-baselined and deleted through the app's write path over
// three weeks of (simulated) days; then, for every day, the figures the dashboard reads are
// compared with the figures obtained by replaying the history entries up to that day.

const CODES = seedCities.map((c) => c.code);
const DAYS = 21;
const FIRST_DAY = Date.UTC(2025, 2, 1);
const dayOf = (n: number) => new Date(FIRST_DAY + n * 86_400_000).toISOString().slice(0, 10);

let db: TrackerDb;
let admin: TestActors['admin'];

async function writeFixture() {
  const random = mulberry32(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const date = () => `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-1${Math.floor(random() * 9)}`;
  const someCities = () => [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(CODES)))];
  const codes: string[] = [];
  for (let d = 0; d < DAYS; d++) {
    vi.setSystemTime(FIRST_DAY + d * 86_400_000 + 3_600_000);
    for (let n = 0; n < 8; n++) {
      const code = `P-${d}-${n}`;
      const created = createProject(admin, {
        code,
        nameZh: code,
        category: pick(CATEGORIES),
        stage: pick(STAGES),
        health: pick(HEALTHS),
        progress: random() < 0.3 ? null : Math.floor(random() * 101),
        plannedStart: '2025-01',
        plannedEnd: random() < 0.2 ? null : date(),
        cityCodes: someCities(),
        publication: random() < 0.8 ? 'published' : 'draft',
      });
      expect(created.ok).toBe(true);
      codes.push(code);
    }
    for (let n = 0; n < 25; n++) {
      const code = pick(codes);
      const found = fetchProjectByCode('internal', code);
      if (!found || found.project.deletedAt) continue;
      const version = found.project.version;
      const reason = pick(SCHEDULE_REASONS);
      const r = random();
      const patch =
        r < 0.2
          ? { plannedEnd: date(), scheduleReason: reason }
          : r < 0.3
            ? { baselineStart: '2025-01', baselineEnd: date(), scheduleReason: reason }
            : r < 0.45
              ? { stage: pick(STAGES), progress: Math.floor(random() * 101) }
              : r < 0.55
                ? { cityCodes: someCities() }
                : r < 0.65
                  ? { publication: pick(['draft', 'published'] as const), healthInternal: random() < 0.5 }
                  : r < 0.8
                    ? { health: pick(HEALTHS), category: pick(CATEGORIES), actualEnd: random() < 0.5 ? date() : null }
                    : { progress: random() < 0.1 ? null : Math.floor(random() * 101) };
      const result =
        r > 0.97
          ? deleteProject(admin, code, version, 'gone')
          : await updateProject(admin, code, version, patch, 'why');
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
  }
}

type State = Record<string, unknown>;
const key = (r: Record<string, unknown>) =>
  [r.cityId, Number(r.published), r.category, r.stage, r.health, Number(r.healthInternal), Number(r.late)].join('|');

// The figures as of the end of `day`, from nothing but the history entries.
function replay(day: string, cityIds: Map<string, number>) {
  const states = new Map<number, State>();
  const entries = db.select().from(t.projectUpdates).orderBy(t.projectUpdates.id).all();
  for (const entry of entries.filter((e) => e.createdAt.slice(0, 10) <= day)) {
    const state = states.get(entry.projectId) ?? { health: 'on_track', healthInternal: false, late: false };
    for (const change of JSON.parse(entry.changes) as { field: string; to: unknown }[]) state[change.field] = change.to;
    states.set(entry.projectId, state);
  }
  const tallies = new Map<string, number[]>();
  for (const s of states.values()) {
    if (s.deletedAt) continue;
    const cities = [0, ...(s.cityCodes as string[]).map((c) => cityIds.get(c)!)];
    for (const cityId of cities) {
      const k = key({ ...s, cityId, published: s.publication === 'published' });
      const [projects, sum, reported, slip, baselined] = tallies.get(k) ?? [0, 0, 0, 0, 0];
      const progress = s.progress as number | null | undefined;
      const slippage = s.slippageDays as number | null | undefined;
      tallies.set(k, [
        projects + 1,
        sum + (progress ?? 0),
        reported + (progress == null ? 0 : 1),
        slip + (slippage ?? 0),
        baselined + (slippage == null ? 0 : 1),
      ]);
    }
  }
  return tallies;
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  db = installTestDatabase();
  for (const [i, c] of seedCities.entries())
    db.insert(t.cities)
      .values({ code: c.code, nameZh: c.nameZh, nameEn: c.nameEn, centroidLng: 117, centroidLat: 36 + i / 10 })
      .run();
  admin = insertTestActors(db).admin;
  await writeFixture();
});

afterEach(() => vi.useRealTimers());

describe('the dashboard as of a day', () => {
  it('equals a replay of the history on every day, for the circle and every city', () => {
    const cityIds = new Map(
      db
        .select()
        .from(t.cities)
        .all()
        .map((c) => [c.code, c.id]),
    );
    for (let d = -1; d <= DAYS; d++) {
      const day = dayOf(d);
      const read = [
        ...fetchTalliesAsOf('internal', {}, day),
        ...fetchTalliesAsOf('internal', {}, day, { byCity: true, cityCodes: CODES }),
      ];
      const fromTallies = new Map(
        read.map((r) => [key(r), [r.projects, r.progressSum, r.progressReported, r.slipDays, r.baselined]]),
      );
      expect(fromTallies, day).toEqual(replay(day, cityIds));
    }
    expect(fetchTalliesAsOf('internal', {}, dayOf(-1))).toEqual([]);
    // The fixture exercises what the figures are about: late projects, slippage, both scopes.
    const last = fetchTalliesAsOf('internal', {}, dayOf(DAYS));
    expect(last.some((r) => r.late && r.slipDays > 0)).toBe(true);
    expect(last.some((r) => !r.published)).toBe(true);
    expect(last).not.toEqual(fetchTalliesAsOf('internal', {}, dayOf(DAYS / 2)));
  });

  it('counts every reason given up to the day', () => {
    const entries = db.select().from(t.projectUpdates).all();
    for (const d of [3, 10, DAYS]) {
      const given = entries
        .filter((e) => e.createdAt.slice(0, 10) <= dayOf(d))
        .flatMap((e) =>
          (JSON.parse(e.changes) as { field: string; to: string }[]).filter((c) => c.field === 'scheduleReason'),
        );
      const counted = fetchReasonCountsAsOf('internal', {}, dayOf(d));
      expect(counted.reduce((n, r) => n + r.given, 0)).toBe(given.length);
      for (const r of counted) expect(r.given).toBe(given.filter((c) => c.to === r.reason).length);
    }
  });
});
