import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  AGREEMENT_TYPES,
  CATEGORIES,
  EVENT_KINDS,
  HEALTHS,
  MILESTONE_STATUSES,
  ORGANIZATION_KINDS,
  PLAN_KINDS,
  SCHEDULE_REASONS,
  STAGES,
} from '@/lib/enums';
import { users } from './schema-accounts';
import { createdAt, deletedAt, publication, updatedAt, version } from './schema-columns';
import { cities, districts } from './schema-places';

// The record of the programme. Places, accounts and the dashboard's tallies live in their own
// files; this module gathers them so callers read one schema.
export * from './schema-accounts';
export * from './schema-dashboard';
export * from './schema-places';
export * from './schema-schedule';

export const events = sqliteTable('events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind', { enum: EVENT_KINDS }).notNull(),
  heldOn: text('held_on'),
  hostCityId: integer('host_city_id').references(() => cities.id),
  summaryZh: text('summary_zh').notNull().default(''),
  summaryEn: text('summary_en').notNull().default(''),
  sourceQuote: text('source_quote').notNull(),
  publication: publication(),
  version: version(),
  deletedAt: deletedAt(),
  updatedAt: updatedAt(),
});

export const plans = sqliteTable('plans', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind', { enum: PLAN_KINDS }).notNull(),
  adoptedOn: text('adopted_on'),
  eventId: integer('event_id').references(() => events.id),
  summaryZh: text('summary_zh').notNull().default(''),
  summaryEn: text('summary_en').notNull().default(''),
  sourceQuote: text('source_quote').notNull(),
  publication: publication(),
  version: version(),
  deletedAt: deletedAt(),
  updatedAt: updatedAt(),
});

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionZh: text('description_zh').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    category: text('category', { enum: CATEGORIES }).notNull(),
    stage: text('stage', { enum: STAGES }).notNull(),
    health: text('health', { enum: HEALTHS }).notNull().default('on_track'),
    // Staff may keep a health rating to themselves until it is agreed; the public never sees it then.
    healthInternal: integer('health_internal', { mode: 'boolean' }).notNull().default(false),
    // Physical progress 0–100; empty where nobody has measured it.
    progress: integer('progress'),
    // The forecast: where the project now expects to start and end.
    plannedStart: text('planned_start'),
    plannedEnd: text('planned_end'),
    actualStart: text('actual_start'),
    actualEnd: text('actual_end'),
    // The plan as approved, fixed when the project enters implementation or reset by an admin;
    // slippage is measured against it, so a moved forecast cannot hide a delay.
    baselineStart: text('baseline_start'),
    baselineEnd: text('baseline_end'),
    // The reason given with the latest forecast move or re-baselining (SCHEDULE_REASONS).
    scheduleReason: text('schedule_reason', { enum: SCHEDULE_REASONS }),
    // Kept by the write path from the dates (lib/schedule/slippage.ts), so lists sort by it
    // and the tallies count late projects without recomputing dates in SQL.
    slippageDays: integer('slippage_days'),
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    // GeoJSON Point or LineString, as text.
    geometry: text('geometry'),
    geometryApproximate: integer('geometry_approximate', { mode: 'boolean' }).notNull().default(true),
    sourceQuote: text('source_quote').notNull(),
    internalNote: text('internal_note'),
    lastVerifiedAt: text('last_verified_at'),
    publication: publication(),
    version: version(),
    deletedAt: deletedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Pages of the visible projects, alone or by category, read in id order (keyset paging).
    index('projects_visible_idx').on(t.publication, t.deletedAt),
    index('projects_visible_category_idx').on(t.publication, t.deletedAt, t.category),
    // Covers the dashboard's aggregates, so counting never reads the table rows.
    index('projects_visible_category_stage_idx').on(t.publication, t.deletedAt, t.category, t.stage, t.progress),
    index('projects_stage_idx').on(t.stage),
    index('projects_health_verified_idx').on(t.health, t.lastVerifiedAt),
    index('projects_verified_idx').on(t.lastVerifiedAt),
    index('projects_visible_slippage_idx').on(t.publication, t.deletedAt, t.slippageDays),
    // The late projects, for the median days late and the most slipped, without reading every
    // project, nor any late one's row for the dashboard's filters (stage, health).
    index('projects_late_filters_idx')
      .on(t.late, t.publication, t.deletedAt, t.category, t.slippageDays, t.stage, t.health, t.healthInternal)
      .where(sql`${t.late} = 1`),
  ],
);

export const projectCities = sqliteTable(
  'project_cities',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.cityId] }), index('project_cities_city_idx').on(t.cityId, t.projectId)],
);

export const projectDistricts = sqliteTable(
  'project_districts',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    districtId: integer('district_id')
      .notNull()
      .references(() => districts.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.districtId] })],
);

export const projectUpdates = sqliteTable(
  'project_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    userId: integer('user_id').references(() => users.id),
    // The project's version after this change.
    version: integer('version').notNull(),
    // JSON array of { field, from, to }.
    changes: text('changes').notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('project_updates_project_idx').on(t.projectId, t.id),
    index('project_updates_created_idx').on(t.createdAt),
  ],
);

// History of the records other than projects (agreements, organizations, indicators, events),
// written in the same transaction as each change, like project_updates.
export const recordUpdates = sqliteTable(
  'record_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recordKind: text('record_kind', { enum: ['agreement', 'organization', 'indicator', 'event'] }).notNull(),
    recordId: integer('record_id').notNull(),
    userId: integer('user_id').references(() => users.id),
    version: integer('version').notNull(),
    changes: text('changes').notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('record_updates_record_idx').on(t.recordKind, t.recordId, t.id)],
);

// When a milestone happened, or else when it is due. Kept identical wherever SQL uses it, so
// that SQLite can use the index built on it.
export function milestoneDate(t: { actualOn: AnySQLiteColumn; plannedOn: AnySQLiteColumn }) {
  return sql<string | null>`(case when ${t.actualOn} is not null then ${t.actualOn} else ${t.plannedOn} end)`;
}

export const milestones = sqliteTable(
  'milestones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull().default(''),
    plannedOn: text('planned_on'),
    // The date as first approved; plannedOn is the current forecast.
    baselineOn: text('baseline_on'),
    actualOn: text('actual_on'),
    status: text('status', { enum: MILESTONE_STATUSES }).notNull().default('scheduled'),
    publication: publication(),
    version: version(),
    deletedAt: deletedAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('milestones_project_idx').on(t.projectId, t.actualOn, t.plannedOn),
    // The dashboard's timeline reads milestones in its order (date, then id as text) and stops early.
    // Written without commas: drizzle-kit splits an index expression at them.
    index('milestones_timeline_idx').on(milestoneDate(t), sql`cast(${t.id} as text)`),
  ],
);

export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    updateId: integer('update_id').references(() => projectUpdates.id),
    fileName: text('file_name').notNull(),
    storedName: text('stored_name').notNull().unique(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    publication: publication(),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    deletedAt: deletedAt(),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_project_idx').on(t.projectId)],
);

export const agreements = sqliteTable('agreements', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  type: text('type', { enum: AGREEMENT_TYPES }).notNull(),
  signedOn: text('signed_on'),
  eventId: integer('event_id').references(() => events.id),
  summaryZh: text('summary_zh').notNull().default(''),
  summaryEn: text('summary_en').notNull().default(''),
  sourceQuote: text('source_quote').notNull(),
  publication: publication(),
  version: version(),
  deletedAt: deletedAt(),
  updatedAt: updatedAt(),
});

export const agreementCities = sqliteTable(
  'agreement_cities',
  {
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.cityId] }), index('agreement_cities_city_idx').on(t.cityId)],
);

export const agreementDistricts = sqliteTable(
  'agreement_districts',
  {
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    districtId: integer('district_id')
      .notNull()
      .references(() => districts.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.districtId] })],
);

export const agreementProjects = sqliteTable(
  'agreement_projects',
  {
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.projectId] }),
    index('agreement_projects_project_idx').on(t.projectId),
  ],
);

export const organizations = sqliteTable('organizations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
  foundedOn: text('founded_on'),
  eventId: integer('event_id').references(() => events.id),
  summaryZh: text('summary_zh').notNull().default(''),
  summaryEn: text('summary_en').notNull().default(''),
  sourceQuote: text('source_quote').notNull(),
  publication: publication(),
  version: version(),
  deletedAt: deletedAt(),
  updatedAt: updatedAt(),
});

export const organizationCities = sqliteTable(
  'organization_cities',
  {
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.cityId] })],
);

export const indicators = sqliteTable('indicators', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  value: real('value').notNull(),
  unitZh: text('unit_zh').notNull(),
  unitEn: text('unit_en').notNull(),
  asOf: text('as_of'),
  // Empty means the whole circle.
  cityId: integer('city_id').references(() => cities.id),
  sourceQuote: text('source_quote').notNull(),
  publication: publication(),
  version: version(),
  deletedAt: deletedAt(),
  updatedAt: updatedAt(),
});

export const planProjects = sqliteTable(
  'plan_projects',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
  },
  (t) => [primaryKey({ columns: [t.planId, t.projectId] })],
);

export const planAgreements = sqliteTable(
  'plan_agreements',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
  },
  (t) => [primaryKey({ columns: [t.planId, t.agreementId] })],
);

// Dashboards and map read projects by unique keys; a row type per table keeps callers honest.
export type City = typeof cities.$inferSelect;
export type District = typeof districts.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type ProjectUpdate = typeof projectUpdates.$inferSelect;
export type Agreement = typeof agreements.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type Indicator = typeof indicators.$inferSelect;
export type Event = typeof events.$inferSelect;
export type Plan = typeof plans.$inferSelect;
export type User = typeof users.$inferSelect;
export type Milestone = typeof milestones.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;
