import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { outerId } from '@/db/core/outer-id';
import { projectRowsWhere } from '@/db/projects/public-view';
import { recordRowsWhere } from './public-view';
import type { ReadScope } from '@/db/core/read-scope';
import { searchQueryWhere } from '@/db/search/search-index';

// Reads for the records other than projects: agreements, organizations, indicators, events, plans;
// `q` keeps the rows a search finds (the open-data API's q).

function codes(value: string | null): string[] {
  return value ? value.split(',').sort() : [];
}

export function fetchAgreements(scope: ReadScope, q?: string) {
  const db = getDb();
  const rows = db
    .select({
      code: t.agreements.code,
      nameZh: t.agreements.nameZh,
      nameEn: t.agreements.nameEn,
      type: t.agreements.type,
      signedOn: t.agreements.signedOn,
      summaryZh: t.agreements.summaryZh,
      summaryEn: t.agreements.summaryEn,
      sourceQuote: t.agreements.sourceQuote,
      updatedAt: t.agreements.updatedAt,
      eventCode: t.events.code,
      cityCodes: sql<
        string | null
      >`(select group_concat(c.code) from ${t.agreementCities} ac join ${t.cities} c on c.id = ac.city_id where ac.agreement_id = ${outerId(t.agreements)})`,
      districtCodes: sql<
        string | null
      >`(select group_concat(d.code) from ${t.agreementDistricts} ad join ${t.districts} d on d.id = ad.district_id where ad.agreement_id = ${outerId(t.agreements)})`,
      projectCodes: sql<
        string | null
      >`(select group_concat(${t.projects.code}) from ${t.agreementProjects} ap join ${t.projects} on ${t.projects.id} = ap.project_id where ap.agreement_id = ${outerId(t.agreements)} and ${projectRowsWhere(scope)})`,
    })
    .from(t.agreements)
    .leftJoin(t.events, eq(t.events.id, t.agreements.eventId))
    .where(and(recordRowsWhere(scope, t.agreements), searchQueryWhere('agreement', q)))
    .orderBy(asc(t.agreements.signedOn), asc(t.agreements.code))
    .all();
  return rows.map((r) => ({
    ...r,
    cityCodes: codes(r.cityCodes),
    districtCodes: codes(r.districtCodes),
    projectCodes: codes(r.projectCodes),
  }));
}

export function fetchOrganizations(scope: ReadScope, q?: string) {
  const db = getDb();
  const rows = db
    .select({
      code: t.organizations.code,
      nameZh: t.organizations.nameZh,
      nameEn: t.organizations.nameEn,
      kind: t.organizations.kind,
      foundedOn: t.organizations.foundedOn,
      summaryZh: t.organizations.summaryZh,
      summaryEn: t.organizations.summaryEn,
      sourceQuote: t.organizations.sourceQuote,
      updatedAt: t.organizations.updatedAt,
      eventCode: t.events.code,
      cityCodes: sql<
        string | null
      >`(select group_concat(c.code) from ${t.organizationCities} oc join ${t.cities} c on c.id = oc.city_id where oc.organization_id = ${outerId(t.organizations)})`,
    })
    .from(t.organizations)
    .leftJoin(t.events, eq(t.events.id, t.organizations.eventId))
    .where(and(recordRowsWhere(scope, t.organizations), searchQueryWhere('organization', q)))
    .orderBy(asc(t.organizations.code))
    .all();
  return rows.map((r) => ({ ...r, cityCodes: codes(r.cityCodes) }));
}

export function fetchIndicators(scope: ReadScope, q?: string) {
  const db = getDb();
  return db
    .select({
      code: t.indicators.code,
      nameZh: t.indicators.nameZh,
      nameEn: t.indicators.nameEn,
      value: t.indicators.value,
      unitZh: t.indicators.unitZh,
      unitEn: t.indicators.unitEn,
      asOf: t.indicators.asOf,
      cityCode: t.cities.code,
      sourceQuote: t.indicators.sourceQuote,
      updatedAt: t.indicators.updatedAt,
    })
    .from(t.indicators)
    .leftJoin(t.cities, eq(t.cities.id, t.indicators.cityId))
    .where(and(recordRowsWhere(scope, t.indicators), searchQueryWhere('indicator', q)))
    .orderBy(asc(t.indicators.code))
    .all();
}

export function fetchEvents(scope: ReadScope, q?: string) {
  const db = getDb();
  return db
    .select({
      code: t.events.code,
      nameZh: t.events.nameZh,
      nameEn: t.events.nameEn,
      kind: t.events.kind,
      heldOn: t.events.heldOn,
      hostCityCode: t.cities.code,
      summaryZh: t.events.summaryZh,
      summaryEn: t.events.summaryEn,
      sourceQuote: t.events.sourceQuote,
      updatedAt: t.events.updatedAt,
    })
    .from(t.events)
    .leftJoin(t.cities, eq(t.cities.id, t.events.hostCityId))
    .where(and(recordRowsWhere(scope, t.events), searchQueryWhere('event', q)))
    .orderBy(asc(t.events.heldOn), asc(t.events.code))
    .all();
}

export function fetchPlans(scope: ReadScope, q?: string) {
  const db = getDb();
  return db
    .select({
      code: t.plans.code,
      nameZh: t.plans.nameZh,
      nameEn: t.plans.nameEn,
      kind: t.plans.kind,
      adoptedOn: t.plans.adoptedOn,
      summaryZh: t.plans.summaryZh,
      summaryEn: t.plans.summaryEn,
      sourceQuote: t.plans.sourceQuote,
    })
    .from(t.plans)
    .where(and(recordRowsWhere(scope, t.plans), searchQueryWhere('plan', q)))
    .orderBy(asc(t.plans.code))
    .all();
}

export function countRecords(scope: ReadScope) {
  const db = getDb();
  const count = (
    table:
      | typeof t.agreements
      | typeof t.organizations
      | typeof t.indicators
      | typeof t.events
      | typeof t.plans
      | typeof t.projects,
  ) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(table === t.projects ? projectRowsWhere(scope) : recordRowsWhere(scope, table))
      .get()?.n ?? 0;
  return {
    projects: count(t.projects),
    agreements: count(t.agreements),
    organizations: count(t.organizations),
    indicators: count(t.indicators),
    events: count(t.events),
    plans: count(t.plans),
  };
}
