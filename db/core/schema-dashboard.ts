import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CATEGORIES, HEALTHS, STAGES } from '@/lib/enums';

// What the dashboard filters projects by, restated in the tables below; published stands for
// publication = 'published'.
const dashboardFilterColumns = () => ({
  published: integer('published', { mode: 'boolean' }).notNull(),
  category: text('category', { enum: CATEGORIES }).notNull(),
  stage: text('stage', { enum: STAGES }).notNull(),
  health: text('health', { enum: HEALTHS }).notNull(),
  healthInternal: integer('health_internal', { mode: 'boolean' }).notNull(),
});

// Running totals behind the dashboard's figures, one row per combination of what the dashboard
// filters on. Triggers (migration 0006) keep them in the same transaction as every write to
// projects and project_cities, whichever code path makes it, so the figures are GROUP BYs over
// a few thousand rows instead of scans of every project. Deleted projects are not counted.
export const projectTallies = sqliteTable(
  'project_tallies',
  {
    // 0 counts each project once for the whole circle; a city's id counts the projects touching it.
    cityId: integer('city_id').notNull(),
    ...dashboardFilterColumns(),
    projects: integer('projects').notNull(),
    progressSum: integer('progress_sum').notNull(),
    progressReported: integer('progress_reported').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cityId, t.published, t.category, t.stage, t.health, t.healthInternal] })],
);

// Each city's projects (not deleted) with the columns the dashboard filters them by, kept by the
// same triggers. "Needs attention" reads a city's flagged or unverified projects from these
// indexes in order, filters and all, instead of joining every project to its cities.
export const projectCityFacts = sqliteTable(
  'project_city_facts',
  {
    projectId: integer('project_id').notNull(),
    cityId: integer('city_id').notNull(),
    ...dashboardFilterColumns(),
    lastVerifiedAt: text('last_verified_at'),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.cityId] }),
    index('project_city_facts_health_idx').on(
      t.cityId,
      t.health,
      t.lastVerifiedAt,
      t.published,
      t.category,
      t.stage,
      t.healthInternal,
    ),
    index('project_city_facts_verified_idx').on(
      t.cityId,
      t.lastVerifiedAt,
      t.published,
      t.category,
      t.stage,
      t.health,
      t.healthInternal,
    ),
  ],
);

// The public map's counts: published projects that are not deleted, per city (0: the whole circle,
// each project once), category and stage, apart for those with a location and those without.
// Kept by triggers (migration 0013) like project_tallies, so the map's counts per city read a few
// hundred rows whatever the number of projects, instead of every project's location.
export const mapTallies = sqliteTable(
  'map_tallies',
  {
    cityId: integer('city_id').notNull(),
    category: text('category', { enum: CATEGORIES }).notNull(),
    stage: text('stage', { enum: STAGES }).notNull(),
    located: integer('located', { mode: 'boolean' }).notNull(),
    projects: integer('projects').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cityId, t.category, t.stage, t.located] })],
);
