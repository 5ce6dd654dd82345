// The closed vocabularies of the model. Shared by the schema, the seed, validation and the UI,
// so a value that is valid in one place is valid everywhere.

export const CATEGORIES = ['rail', 'road', 'port', 'airport', 'ecology', 'services', 'industry', 'culture'] as const;
export type Category = (typeof CATEGORIES)[number];

// After the OC4IDS projectStatus codelist.
export const STAGES = [
  'identification',
  'preparation',
  'implementation',
  'completion',
  'maintenance',
  'cancelled',
] as const;
export type Stage = (typeof STAGES)[number];

export const HEALTHS = ['on_track', 'at_risk', 'off_track'] as const;
export type Health = (typeof HEALTHS)[number];

export const PUBLICATION_STATES = ['draft', 'published'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export const DISTRICT_KINDS = ['district', 'county', 'county_city', 'development_zone'] as const;
export type DistrictKind = (typeof DISTRICT_KINDS)[number];

export const AGREEMENT_TYPES = [
  'cooperation',
  'strategic',
  'eco_compensation',
  'mechanism',
  'government_services',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const ORGANIZATION_KINDS = [
  'alliance',
  'cluster_group',
  'fund',
  'committee',
  'association',
  'office',
  'venue',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const EVENT_KINDS = ['meeting', 'forum', 'signing', 'launch', 'milestone'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const PLAN_KINDS = ['plan', 'action_plan'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const MILESTONE_STATUSES = ['scheduled', 'met', 'not_met'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

// Stages grouped the way officials talk about them on the dashboard.
export const STAGE_GROUPS = ['planned', 'underway', 'done', 'cancelled'] as const;
export type StageGroup = (typeof STAGE_GROUPS)[number];
export const STAGE_GROUP: Record<Stage, StageGroup> = {
  identification: 'planned',
  preparation: 'planned',
  implementation: 'underway',
  completion: 'done',
  maintenance: 'done',
  cancelled: 'cancelled',
};

export function stagesInGroup(group: StageGroup): Stage[] {
  return STAGES.filter((stage) => STAGE_GROUP[stage] === group);
}

// Why a forecast moved or a baseline was reset: a short list, so reasons can be counted.
export const SCHEDULE_REASONS = [
  'land_relocation',
  'funding',
  'design_change',
  'approvals',
  'inter_city_coordination',
  'construction_conditions',
  'scope_change',
  'other',
] as const;
export type ScheduleReason = (typeof SCHEDULE_REASONS)[number];
