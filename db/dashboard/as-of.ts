import 'server-only';
import {
  CATEGORIES,
  HEALTHS,
  SCHEDULE_REASONS,
  STAGES,
  stagesInGroup,
  type Category,
  type Health,
  type Stage,
} from '@/lib/enums';
import { getDb, preparedStatement } from '@/db/core/client';
import { untilDataChanges } from '@/db/core/until-data-changes';
import type { ReadScope } from '@/db/core/read-scope';
import type { ProjectFilters } from '@/lib/project-filters';

// The dashboard's project figures as they stood at the end of a day, read from tally_days (kept
// by triggers in the same transaction as each write, migration schedule_baselines). Every key
// the filters admit is read from tally_keys, and for each the latest row on or before the day is found by
// one seek in the primary key: a few thousand seeks at most, however long the history.

export type TallyRow = {
  cityId: number;
  published: number;
  category: Category;
  stage: Stage;
  health: Health;
  healthInternal: number;
  late: boolean;
  projects: number;
  progressSum: number;
  progressReported: number;
  slipDays: number;
  baselined: number;
};

export const LATEST = '9999-12-31';

const json = (values: readonly unknown[]) => JSON.stringify(values);

function keyLists(scope: ReadScope, filters: ProjectFilters) {
  const stages = filters.stage ? [filters.stage] : filters.status ? stagesInGroup(filters.status) : [...STAGES];
  // A rating kept internal matches no health filter for the public (healthMatchWhere).
  const internalHealth = scope === 'public' && filters.health ? [0] : [0, 1];
  return {
    published: json(scope === 'public' ? [1] : [0, 1]),
    categories: json(filters.category ? [filters.category] : CATEGORIES),
    stages: json(stages),
    healths: json(filters.health ? [filters.health] : HEALTHS),
    internalHealth: json(internalHealth),
  };
}

const inList = (column: string, param: string) => `${column} in (select value from json_each(:${param}))`;

// Per key, the totals of its latest row on or before the day, packed into one value so that the
// subquery is one probe of tally_days, which keeps its rows in key order (materialized, so it
// runs once per key, not once per use); keys with no row yet, or none left, drop out.
const TALLY_SQL = `
with latest as materialized (
  select k.city_id as cityId, k.published, k.category, k.stage, k.health, k.health_internal as healthInternal, k.late,
    (select json_array(x.projects, x.progress_sum, x.progress_reported, x.slip_days, x.baselined)
     from tally_days x
     where x.city_id = k.city_id and x.published = k.published and x.category = k.category and x.stage = k.stage
       and x.health = k.health and x.health_internal = k.health_internal and x.late = k.late and x.day <= :asOf
     order by x.day desc limit 1) as totals
  from tally_keys k
  where ${inList('city_id', 'cities')} and ${inList('published', 'published')} and ${inList('category', 'categories')}
    and ${inList('stage', 'stages')} and ${inList('health', 'healths')} and ${inList('health_internal', 'internalHealth')}
)
select cityId, published, category, stage, health, healthInternal, late, totals ->> 0 as projects,
  totals ->> 1 as progressSum, totals ->> 2 as progressReported, totals ->> 3 as slipDays, totals ->> 4 as baselined
from latest
where totals ->> 0 <> 0`;

function cityIds(codes: readonly string[]): number[] {
  if (codes.length === 0) return [];
  const rows = getDb()
    .$client.prepare(`select id from cities where code in (select value from json_each(?))`)
    .pluck()
    .all(json(codes)) as number[];
  return rows;
}

const tallyStatement = preparedStatement((db) => db.$client.prepare(TALLY_SQL));

// The cards of one dashboard view read the same days (the headline, the category and city
// cards and the slippage card the chosen day, the quarters their ends): each day is read once
// until the data changes.
const talliesOnce = untilDataChanges(
  4_000_000,
  (scope: ReadScope, filters: ProjectFilters, asOf: string, cities: number[]) =>
    JSON.stringify(tallyStatement().all({ ...keyLists(scope, filters), cities: json(cities), asOf })),
);

// `byCity` false: the circle, or the filtered city; true: every city (or the filtered one).
export function fetchTalliesAsOf(
  scope: ReadScope,
  filters: ProjectFilters,
  asOf: string,
  { byCity = false, cityCodes = [] as readonly string[] } = {},
): TallyRow[] {
  const cities = filters.city ? cityIds([filters.city]) : byCity ? cityIds(cityCodes) : [0];
  const rows = JSON.parse(talliesOnce(scope, filters, asOf, cities)) as (Omit<TallyRow, 'late'> & { late: number })[];
  return rows.map((r) => ({ ...r, late: Boolean(r.late) }));
}

const REASON_SQL = `
select g.value as category, r.value as reason, d.given
from json_each(:cities) c, json_each(:published) p, json_each(:categories) g, json_each(:reasons) r
join reason_days d on d.rowid = (
  select x.rowid from reason_days x
  where x.city_id = c.value and x.published = p.value and x.category = g.value and x.reason = r.value and x.day <= :asOf
  order by x.day desc limit 1)`;

const reasonStatement = preparedStatement((db) => db.$client.prepare(REASON_SQL));

// How often each reason was given up to the end of the day. Reasons follow the category and
// city filters; a stage or health filter does not apply to a reason given in the past.
export function fetchReasonCountsAsOf(scope: ReadScope, filters: ProjectFilters, asOf: string) {
  const { published, categories } = keyLists(scope, filters);
  const cities = filters.city ? cityIds([filters.city]) : [0];
  const rows = reasonStatement().all({
    cities: json(cities),
    published,
    categories,
    reasons: json(SCHEDULE_REASONS),
    asOf,
  }) as {
    reason: string;
    given: number;
  }[];
  return SCHEDULE_REASONS.map((reason) => ({
    reason,
    given: rows.filter((r) => r.reason === reason).reduce((n, r) => n + r.given, 0),
  }));
}
