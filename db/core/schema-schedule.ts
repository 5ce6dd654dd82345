import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CATEGORIES, HEALTHS, SCHEDULE_REASONS, STAGES } from '@/lib/enums';

// The dashboard as of any day. Triggers (migration schedule_tallies) keep these in the same
// transaction as every write to projects and project_cities; the day of a change is the day of
// the project's updated_at, which is the day its history entry is written.

const tallyKeyColumns = () => ({
  // 0 counts each project once for the whole circle; a city's id counts the projects touching it.
  cityId: integer('city_id').notNull(),
  published: integer('published', { mode: 'boolean' }).notNull(),
  category: text('category', { enum: CATEGORIES }).notNull(),
  stage: text('stage', { enum: STAGES }).notNull(),
  health: text('health', { enum: HEALTHS }).notNull(),
  healthInternal: integer('health_internal', { mode: 'boolean' }).notNull(),
  late: integer('late', { mode: 'boolean' }).notNull(),
});

const tallyValueColumns = () => ({
  projects: integer('projects').notNull(),
  progressSum: integer('progress_sum').notNull(),
  progressReported: integer('progress_reported').notNull(),
  // Days of slippage summed over the projects that have a baseline, and how many those are.
  slipDays: integer('slip_days').notNull(),
  baselined: integer('baselined').notNull(),
});

// What one project contributes to the tallies now (a row for the circle and one per city), so
// a change can take the old contribution away without knowing what the row held before.
export const projectTallyParts = sqliteTable(
  'project_tally_parts_now',
  {
    projectId: integer('project_id').notNull(),
    ...tallyKeyColumns(),
    progress: integer('progress'),
    slippageDays: integer('slippage_days'),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.cityId] })],
);

// Running totals as they stood at the end of `day`, one row per key and day on which a
// change touched the key. The figures as of D are, per key, the latest row on or before D.
// The table is WITHOUT ROWID (migration 0012, which drizzle's schema cannot say): its rows are
// stored in primary-key order with their totals, so a key's day is one probe, and a write changes
// one b-tree rather than a table and a covering index of it.
export const tallyDays = sqliteTable(
  'tally_days',
  {
    ...tallyKeyColumns(),
    day: text('day').notNull(),
    ...tallyValueColumns(),
  },
  (t) => [
    primaryKey({
      columns: [t.cityId, t.published, t.category, t.stage, t.health, t.healthInternal, t.late, t.day],
    }),
  ],
);

// Every key tally_days has a row for, so a day's figures seek only the keys that ever existed.
export const tallyKeys = sqliteTable('tally_keys', tallyKeyColumns(), (t) => [
  primaryKey({ columns: [t.cityId, t.published, t.category, t.stage, t.health, t.healthInternal, t.late] }),
]);

// How often each reason was given (forecast moves and re-baselinings), running totals by day.
export const reasonDays = sqliteTable(
  'reason_days',
  {
    cityId: integer('city_id').notNull(),
    published: integer('published', { mode: 'boolean' }).notNull(),
    category: text('category', { enum: CATEGORIES }).notNull(),
    reason: text('reason', { enum: SCHEDULE_REASONS }).notNull(),
    day: text('day').notNull(),
    given: integer('given').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cityId, t.published, t.category, t.reason, t.day] })],
);
