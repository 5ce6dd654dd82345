import type Database from 'better-sqlite3';
import { CATEGORIES, STAGES } from '@/lib/enums';
import { seedCities } from '@/seed/cities';
import { syntheticSchedule } from './synthetic-schedule';

// Deterministic synthetic data at province scale for the benchmark: the same seed value gives
// the same database. Spread over the seven cities, the categories and the stages, with points
// for sites and lines for corridors, and several history entries per project.

export type SyntheticOptions = { projects: number; updates: number; seed: number };

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITY_WEIGHTS = [0.3, 0.15, 0.13, 0.1, 0.11, 0.1, 0.11];
const STAGE_WEIGHTS = [0.08, 0.17, 0.45, 0.15, 0.12, 0.03];
const CORRIDOR_CATEGORIES = new Set(['rail', 'road']);
const BASE_TIME = Date.parse('2026-11-01T00:00:00Z');
const DAY_MS = 86_400_000;

function weighted<T>(random: () => number, items: readonly T[], weights: number[]): T {
  let r = random();
  for (let i = 0; i < items.length; i++) {
    r -= weights[i];
    if (r <= 0) return items[i];
  }
  return items[items.length - 1];
}

function jitter(random: () => number, [lng, lat]: [number, number], spread: number): [number, number] {
  return [Number((lng + (random() - 0.5) * spread).toFixed(3)), Number((lat + (random() - 0.5) * spread).toFixed(3))];
}

// Inserts cities and projects with their history into an already migrated, empty database.
export function writeSyntheticData(db: Database.Database, options: SyntheticOptions): void {
  const random = mulberry32(options.seed);
  const insertCity = db.prepare(
    'insert into cities (code, name_zh, name_en, centroid_lng, centroid_lat) values (?, ?, ?, ?, ?)',
  );
  const insertProject =
    db.prepare(`insert into projects (code, name_zh, name_en, category, stage, health, progress, geometry,
    source_quote, last_verified_at, publication, version, created_at, updated_at, planned_start, planned_end,
    baseline_start, baseline_end, schedule_reason, slippage_days, late)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const linkCity = db.prepare('insert into project_cities (project_id, city_id) values (?, ?)');
  const insertUpdate = db.prepare(
    'insert into project_updates (project_id, version, changes, note, created_at) values (?, ?, ?, ?, ?)',
  );
  const insertMilestone =
    db.prepare(`insert into milestones (project_id, title_zh, title_en, planned_on, actual_on, status, publication)
    values (?, ?, ?, ?, ?, ?, 'published')`);
  const cityIds = seedCities.map((c) =>
    Number(insertCity.run(c.code, c.nameZh, c.nameEn, c.centroid[0], c.centroid[1]).lastInsertRowid),
  );

  // The first project carries a long history (the benchmark's "project page with a long history").
  const longHistory = Math.min(2000, Math.floor(options.updates / 10));
  const perProject = (options.updates - longHistory) / options.projects;
  let updatesLeft = options.updates;
  db.transaction(() => {
    for (let n = 1; n <= options.projects; n++) {
      const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)];
      const stage = weighted(random, STAGES, STAGE_WEIGHTS);
      const cityIndex = weighted(random, [0, 1, 2, 3, 4, 5, 6], CITY_WEIGHTS);
      const corridor = CORRIDOR_CATEGORIES.has(category);
      const otherIndex = corridor ? (cityIndex + 1 + Math.floor(random() * 6)) % 7 : cityIndex;
      const start = jitter(random, seedCities[cityIndex].centroid, 0.4);
      const geometry = corridor
        ? { type: 'LineString', coordinates: [start, jitter(random, seedCities[otherIndex].centroid, 0.4)] }
        : { type: 'Point', coordinates: start };
      const progress =
        stage === 'completion' || stage === 'maintenance' ? 100 : random() < 0.2 ? null : Math.floor(random() * 100);
      const health = random() < 0.8 ? 'on_track' : random() < 0.6 ? 'at_risk' : 'off_track';
      const verified = new Date(BASE_TIME - Math.floor(random() * 720) * DAY_MS).toISOString();
      const schedule = syntheticSchedule(random, stage, BASE_TIME);
      const history =
        n === 1 ? longHistory : Math.max(1, Math.min(updatesLeft, Math.round(perProject * (0.5 + random()))));
      const id = Number(
        insertProject.run(
          `BENCH-${String(n).padStart(6, '0')}`,
          `测试项目${n}`,
          `Synthetic project ${n}`,
          category,
          stage,
          health,
          progress,
          JSON.stringify(geometry),
          'synthetic',
          verified,
          random() < 0.95 ? 'published' : 'draft',
          history,
          verified,
          verified,
          schedule.plannedStart,
          schedule.plannedEnd,
          schedule.baselineStart,
          schedule.baselineEnd,
          schedule.scheduleReason,
          schedule.slippageDays,
          schedule.late ? 1 : 0,
        ).lastInsertRowid,
      );
      if (n % 10 === 0) {
        const planned = new Date(BASE_TIME + Math.floor((random() - 0.5) * 720) * DAY_MS).toISOString().slice(0, 10);
        const met = planned < '2026-11-01' && random() < 0.7;
        insertMilestone.run(
          id,
          `里程碑${n}`,
          `Milestone ${n}`,
          planned,
          met ? planned : null,
          met ? 'met' : planned < '2026-11-01' ? 'not_met' : 'scheduled',
        );
      }
      linkCity.run(id, cityIds[cityIndex]);
      if (otherIndex !== cityIndex) linkCity.run(id, cityIds[otherIndex]);
      for (let v = 1; v <= history && updatesLeft > 0; v++, updatesLeft--) {
        const at = new Date(Date.parse(verified) - (history - v) * DAY_MS).toISOString();
        // A project that slipped says so, with its reason, in its latest entry.
        const changes =
          v === history && schedule.scheduleReason
            ? [
                { field: 'plannedEnd', from: schedule.baselineEnd, to: schedule.plannedEnd },
                { field: 'scheduleReason', from: null, to: schedule.scheduleReason },
              ]
            : [{ field: 'progress', from: v - 1, to: v }];
        insertUpdate.run(id, v, JSON.stringify(changes), 'synthetic', at);
      }
    }
  })();
}
