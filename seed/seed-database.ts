import { isLate, slippageDays } from '@/lib/schedule/slippage';
import type { TrackerDb } from '@/db/core/connection';
import * as t from '@/db/core/schema';
import { seedAgreements } from './agreements';
import { seedCities } from './cities';
import { seedDistricts } from './districts';
import { seedEvents } from './events';
import { seedIndicators } from './indicators';
import { seedOrganizations } from './organizations';
import { seedPlans } from './plans';
import { seedProjects } from './projects';
import { ARTICLE_PUBLISHED_ON } from './source';
import type { SeedProject } from './types';

type Tx = Parameters<Parameters<TrackerDb['transaction']>[0]>[0];
type CodeMaps = {
  city: Map<string, number>;
  district: Map<string, number>;
  event: Map<string, number>;
  project: Map<string, number>;
  agreement: Map<string, number>;
};

function idsByCode(
  tx: Tx,
  table: typeof t.cities | typeof t.districts | typeof t.events | typeof t.projects | typeof t.agreements,
) {
  const rows = tx.select({ id: table.id, code: table.code }).from(table).all();
  return new Map(rows.map((r) => [r.code, r.id]));
}

function lookup(map: Map<string, number>, code: string, what: string): number {
  const id = map.get(code);
  if (id === undefined) throw new Error(`Seed refers to unknown ${what} code ${code}`);
  return id;
}

// The fields a seeded project's first history entry records, so the history replays to the seed.
function initialChanges(p: SeedProject) {
  const fields = ['stage', 'health', 'progress', 'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
  return fields.filter((f) => p[f] !== undefined && p[f] !== null).map((f) => ({ field: f, from: null, to: p[f] }));
}

function seedPlaces(tx: Tx) {
  tx.insert(t.cities)
    .values(
      seedCities.map((c) => ({
        code: c.code,
        nameZh: c.nameZh,
        nameEn: c.nameEn,
        centroidLng: c.centroid[0],
        centroidLat: c.centroid[1],
      })),
    )
    .onConflictDoNothing()
    .run();
  const city = idsByCode(tx, t.cities);
  tx.insert(t.districts)
    .values(
      seedDistricts.map((d) => ({
        code: d.code,
        cityId: lookup(city, d.cityCode, 'city'),
        nameZh: d.nameZh,
        nameEn: d.nameEn,
        kind: d.kind,
      })),
    )
    .onConflictDoNothing()
    .run();
}

function seedEventsTable(tx: Tx, maps: Pick<CodeMaps, 'city'>) {
  tx.insert(t.events)
    .values(
      seedEvents.map((e) => ({
        code: e.code,
        nameZh: e.nameZh,
        nameEn: e.nameEn,
        kind: e.kind,
        heldOn: e.heldOn,
        hostCityId: e.hostCityCode ? lookup(maps.city, e.hostCityCode, 'city') : null,
        summaryZh: e.summaryZh,
        summaryEn: e.summaryEn,
        sourceQuote: e.sourceQuote,
        publication: 'published' as const,
      })),
    )
    .onConflictDoNothing()
    .run();
}

const slippageOf = (p: (typeof seedProjects)[number]) =>
  slippageDays({
    baselineEnd: p.baselineEnd ?? null,
    plannedEnd: p.plannedEnd ?? null,
    actualEnd: p.actualEnd ?? null,
  });

function seedProjectsTable(tx: Tx, maps: Pick<CodeMaps, 'city' | 'district'>) {
  const existing = new Set(
    tx
      .select({ code: t.projects.code })
      .from(t.projects)
      .all()
      .map((r) => r.code),
  );
  for (const p of seedProjects) {
    if (existing.has(p.code)) continue;
    const row = tx
      .insert(t.projects)
      .values({
        code: p.code,
        nameZh: p.nameZh,
        nameEn: p.nameEn,
        descriptionZh: p.descriptionZh,
        descriptionEn: p.descriptionEn,
        category: p.category,
        stage: p.stage,
        health: p.health,
        progress: p.progress,
        plannedStart: p.plannedStart,
        plannedEnd: p.plannedEnd,
        actualStart: p.actualStart,
        actualEnd: p.actualEnd,
        baselineStart: p.baselineStart,
        baselineEnd: p.baselineEnd,
        slippageDays: slippageOf(p),
        late: isLate(slippageOf(p)),
        geometry: p.geometry ? JSON.stringify(p.geometry) : null,
        geometryApproximate: true,
        sourceQuote: p.sourceQuote,
        lastVerifiedAt: ARTICLE_PUBLISHED_ON,
        publication: 'published',
      })
      .returning({ id: t.projects.id })
      .get();
    for (const code of p.cityCodes)
      tx.insert(t.projectCities)
        .values({ projectId: row.id, cityId: lookup(maps.city, code, 'city') })
        .run();
    for (const code of p.districtCodes)
      tx.insert(t.projectDistricts)
        .values({ projectId: row.id, districtId: lookup(maps.district, code, 'district') })
        .run();
    tx.insert(t.projectUpdates)
      .values({
        projectId: row.id,
        version: 1,
        changes: JSON.stringify(initialChanges(p)),
        note: '据原文录入（舜网-济南日报，2021-12-01）。Recorded from the source article.',
        createdAt: `${ARTICLE_PUBLISHED_ON}T00:00:00.000Z`,
      })
      .run();
  }
}

function seedAgreementsTable(tx: Tx, maps: CodeMaps) {
  const existing = new Set(
    tx
      .select({ code: t.agreements.code })
      .from(t.agreements)
      .all()
      .map((r) => r.code),
  );
  for (const a of seedAgreements) {
    if (existing.has(a.code)) continue;
    const row = tx
      .insert(t.agreements)
      .values({
        code: a.code,
        nameZh: a.nameZh,
        nameEn: a.nameEn,
        type: a.type,
        signedOn: a.signedOn,
        eventId: a.eventCode ? lookup(maps.event, a.eventCode, 'event') : null,
        summaryZh: a.summaryZh,
        summaryEn: a.summaryEn,
        sourceQuote: a.sourceQuote,
        publication: 'published',
      })
      .returning({ id: t.agreements.id })
      .get();
    for (const code of a.cityCodes)
      tx.insert(t.agreementCities)
        .values({ agreementId: row.id, cityId: lookup(maps.city, code, 'city') })
        .run();
    for (const code of a.districtCodes)
      tx.insert(t.agreementDistricts)
        .values({ agreementId: row.id, districtId: lookup(maps.district, code, 'district') })
        .run();
    for (const code of a.projectCodes)
      tx.insert(t.agreementProjects)
        .values({ agreementId: row.id, projectId: lookup(maps.project, code, 'project') })
        .run();
  }
}

function seedOrganizationsTable(tx: Tx, maps: CodeMaps) {
  const existing = new Set(
    tx
      .select({ code: t.organizations.code })
      .from(t.organizations)
      .all()
      .map((r) => r.code),
  );
  for (const o of seedOrganizations) {
    if (existing.has(o.code)) continue;
    const row = tx
      .insert(t.organizations)
      .values({
        code: o.code,
        nameZh: o.nameZh,
        nameEn: o.nameEn,
        kind: o.kind,
        foundedOn: o.foundedOn,
        eventId: o.eventCode ? lookup(maps.event, o.eventCode, 'event') : null,
        summaryZh: o.summaryZh,
        summaryEn: o.summaryEn,
        sourceQuote: o.sourceQuote,
        publication: 'published',
      })
      .returning({ id: t.organizations.id })
      .get();
    for (const code of o.cityCodes)
      tx.insert(t.organizationCities)
        .values({ organizationId: row.id, cityId: lookup(maps.city, code, 'city') })
        .run();
  }
}

function seedIndicatorsAndPlans(tx: Tx, maps: CodeMaps) {
  tx.insert(t.indicators)
    .values(
      seedIndicators.map((i) => ({
        code: i.code,
        nameZh: i.nameZh,
        nameEn: i.nameEn,
        value: i.value,
        unitZh: i.unitZh,
        unitEn: i.unitEn,
        asOf: i.asOf,
        cityId: i.cityCode ? lookup(maps.city, i.cityCode, 'city') : null,
        sourceQuote: i.sourceQuote,
        publication: 'published' as const,
      })),
    )
    .onConflictDoNothing()
    .run();
  const existing = new Set(
    tx
      .select({ code: t.plans.code })
      .from(t.plans)
      .all()
      .map((r) => r.code),
  );
  for (const p of seedPlans) {
    if (existing.has(p.code)) continue;
    const row = tx
      .insert(t.plans)
      .values({
        code: p.code,
        nameZh: p.nameZh,
        nameEn: p.nameEn,
        kind: p.kind,
        adoptedOn: p.adoptedOn,
        eventId: p.eventCode ? lookup(maps.event, p.eventCode, 'event') : null,
        summaryZh: p.summaryZh,
        summaryEn: p.summaryEn,
        sourceQuote: p.sourceQuote,
        publication: 'published',
      })
      .returning({ id: t.plans.id })
      .get();
    for (const code of p.projectCodes)
      tx.insert(t.planProjects)
        .values({ planId: row.id, projectId: lookup(maps.project, code, 'project') })
        .run();
    for (const code of p.agreementCodes)
      tx.insert(t.planAgreements)
        .values({ planId: row.id, agreementId: lookup(maps.agreement, code, 'agreement') })
        .run();
  }
}

// Idempotent: records are matched on their code and never overwritten, so running the seed
// again, or on a database staff have since edited, changes nothing.
export function seedDatabase(db: TrackerDb): void {
  db.transaction((tx) => {
    seedPlaces(tx);
    const city = idsByCode(tx, t.cities);
    const district = idsByCode(tx, t.districts);
    seedEventsTable(tx, { city });
    seedProjectsTable(tx, { city, district });
    const maps: CodeMaps = {
      city,
      district,
      event: idsByCode(tx, t.events),
      project: idsByCode(tx, t.projects),
      agreement: new Map(),
    };
    seedAgreementsTable(tx, maps);
    maps.agreement = idsByCode(tx, t.agreements);
    seedOrganizationsTable(tx, maps);
    seedIndicatorsAndPlans(tx, maps);
  });
}

export function isDatabaseEmpty(db: TrackerDb): boolean {
  return db.select({ id: t.cities.id }).from(t.cities).limit(1).all().length === 0;
}
