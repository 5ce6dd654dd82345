import { beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { CATEGORIES } from '@/lib/enums';
import * as t from '@/db/core/schema';
import { installTestDatabase } from '@/lib/test/test-database';
import { fetchAgreementDelivery, fetchHeadlineFigures, fetchProjectExportPage, fetchTimeline } from './figures';
import { fetchNeedsAttention, staleCutoff } from './attention';
import { fetchRecentChanges } from './changes';
import { fetchProgressByCategory, fetchProgressByCity } from './tallies';

const A = '370100';
const B = '370300';
const C = '370900';
const CITY_CODES = [A, B, C];

type ProjectSeed = Partial<typeof t.projects.$inferInsert> & { code: string; cities: string[] };

// A handful of projects whose every figure can be worked out by hand (see the expectations).
const PROJECTS: ProjectSeed[] = [
  {
    code: 'P1',
    category: 'rail',
    stage: 'implementation',
    progress: 40,
    lastVerifiedAt: '2024-06-01',
    cities: [A, B, C],
  },
  {
    code: 'P2',
    category: 'rail',
    stage: 'completion',
    progress: 100,
    health: 'at_risk',
    lastVerifiedAt: '2024-06-01',
    cities: [A],
  },
  { code: 'P3', category: 'road', stage: 'preparation', health: 'off_track', healthInternal: true, cities: [B] },
  {
    code: 'P4',
    category: 'services',
    stage: 'maintenance',
    progress: 80,
    lastVerifiedAt: '2024-01-01',
    cities: [A, B],
  },
  {
    code: 'P5',
    category: 'road',
    stage: 'identification',
    progress: 10,
    health: 'off_track',
    publication: 'draft',
    lastVerifiedAt: '2024-06-01',
    cities: [A],
  },
  { code: 'P6', category: 'rail', stage: 'implementation', progress: 0, deletedAt: '2024-02-01', cities: [A] },
];

function insertFixture(db: TrackerDb) {
  const cityId = new Map(
    CITY_CODES.map((code, i) => [
      code,
      db
        .insert(t.cities)
        .values({
          code,
          nameZh: `城市${i}`,
          nameEn: `City ${i}`,
          centroidLng: 117,
          centroidLat: 36,
        })
        .returning({ id: t.cities.id })
        .get().id,
    ]),
  );
  const projectId = new Map<string, number>();
  for (const { cities, ...p } of PROJECTS) {
    const id = db
      .insert(t.projects)
      .values({
        nameZh: p.code,
        nameEn: p.code,
        category: 'rail',
        stage: 'implementation',
        sourceQuote: 'fixture',
        publication: 'published',
        ...p,
      })
      .returning({ id: t.projects.id })
      .get().id;
    projectId.set(p.code, id);
    for (const c of cities)
      db.insert(t.projectCities)
        .values({ projectId: id, cityId: cityId.get(c)! })
        .run();
  }
  const agreement = (
    code: string,
    signedOn: string | null,
    publication: 'draft' | 'published',
    cities: string[],
    projects: string[],
  ) => {
    const id = db
      .insert(t.agreements)
      .values({ code, nameZh: code, nameEn: code, type: 'cooperation', signedOn, sourceQuote: 'fixture', publication })
      .returning({ id: t.agreements.id })
      .get().id;
    for (const c of cities)
      db.insert(t.agreementCities)
        .values({ agreementId: id, cityId: cityId.get(c)! })
        .run();
    for (const pc of projects)
      db.insert(t.agreementProjects)
        .values({ agreementId: id, projectId: projectId.get(pc)! })
        .run();
  };
  agreement('AG1', '2021-02', 'published', [A, B], ['P1', 'P2', 'P5']);
  agreement('AG2', null, 'published', [C], ['P3']);
  agreement('AG3', '2021', 'draft', [A], ['P4']);
  const organization = (code: string, foundedOn: string | null, publication: 'draft' | 'published', city: string) => {
    const id = db
      .insert(t.organizations)
      .values({ code, nameZh: code, nameEn: code, kind: 'alliance', foundedOn, sourceQuote: 'fixture', publication })
      .returning({ id: t.organizations.id })
      .get().id;
    db.insert(t.organizationCities)
      .values({ organizationId: id, cityId: cityId.get(city)! })
      .run();
  };
  organization('O1', '2021-10', 'published', A);
  organization('O2', null, 'published', B);
  organization('O3', '2022', 'draft', C);
  db.insert(t.events)
    .values([
      {
        code: 'E1',
        nameZh: 'E1',
        nameEn: 'E1',
        kind: 'meeting',
        heldOn: '2021-02-06',
        hostCityId: cityId.get(A),
        sourceQuote: 'fixture',
        publication: 'published',
      },
      {
        code: 'E2',
        nameZh: 'E2',
        nameEn: 'E2',
        kind: 'meeting',
        heldOn: null,
        sourceQuote: 'fixture',
        publication: 'published',
      },
    ])
    .run();
  db.insert(t.milestones)
    .values([
      { projectId: projectId.get('P1')!, titleZh: 'M1', titleEn: 'M1', plannedOn: '2022-05', publication: 'published' },
      { projectId: projectId.get('P5')!, titleZh: 'M2', titleEn: 'M2', plannedOn: '2022-06', publication: 'published' },
      { projectId: projectId.get('P2')!, titleZh: 'M3', titleEn: 'M3', actualOn: '2022-07-01', publication: 'draft' },
    ])
    .run();
  const user = db
    .insert(t.users)
    .values({ email: 'e@x', displayName: 'Editor', passwordHash: 'x', role: 'editor' })
    .returning({ id: t.users.id })
    .get().id;
  db.insert(t.projectUpdates)
    .values([
      {
        projectId: projectId.get('P1')!,
        version: 2,
        userId: user,
        createdAt: '2024-05-01T08:00:00.000Z',
        changes: JSON.stringify([{ field: 'stage', from: 'preparation', to: 'implementation' }]),
      },
      {
        projectId: projectId.get('P3')!,
        version: 2,
        userId: user,
        createdAt: '2024-05-02T08:00:00.000Z',
        changes: JSON.stringify([
          { field: 'health', from: 'on_track', to: 'off_track' },
          { field: 'internalNote', from: null, to: 'secret' },
        ]),
      },
      {
        projectId: projectId.get('P5')!,
        version: 2,
        userId: user,
        createdAt: '2024-05-03T08:00:00.000Z',
        changes: JSON.stringify([{ field: 'progress', from: 5, to: 10 }]),
      },
    ])
    .run();
}

const stages = (counts: Partial<Record<string, number>>) => ({
  identification: 0,
  preparation: 0,
  implementation: 0,
  completion: 0,
  maintenance: 0,
  cancelled: 0,
  ...counts,
});

describe('dashboard aggregates', () => {
  beforeEach(() => insertFixture(installTestDatabase()));

  it('counts the public headline figures from published, undeleted projects only', () => {
    expect(fetchHeadlineFigures('public', {})).toEqual({
      total: 4,
      byGroup: { planned: 1, underway: 1, done: 2, cancelled: 0 },
      services: 1,
      agreements: 1,
      organizations: 1,
    });
    expect(fetchHeadlineFigures('internal', {})).toMatchObject({
      total: 5,
      byGroup: { planned: 2, underway: 1, done: 2 },
      agreements: 2,
      organizations: 2,
    });
  });

  it('follows a city filter through project_cities, agreement_cities and organization_cities', () => {
    expect(fetchHeadlineFigures('public', { city: C })).toEqual({
      total: 1,
      byGroup: { planned: 0, underway: 1, done: 0, cancelled: 0 },
      services: 0,
      agreements: 0,
      organizations: 0,
    });
    expect(fetchHeadlineFigures('public', { city: B })).toMatchObject({ total: 3, agreements: 1, organizations: 0 });
  });

  it('breaks categories down by stage with the average over projects that report progress', () => {
    const rows = fetchProgressByCategory('public', {}, CATEGORIES);
    const by = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(rows.map((r) => r.key)).toEqual([...CATEGORIES]);
    expect(by.rail).toEqual({
      key: 'rail',
      stages: stages({ implementation: 1, completion: 1 }),
      total: 2,
      averageProgress: 70,
      progressReported: 2,
    });
    expect(by.road).toEqual({
      key: 'road',
      stages: stages({ preparation: 1 }),
      total: 1,
      averageProgress: null,
      progressReported: 0,
    });
    expect(by.services.averageProgress).toBe(80);
    expect(by.port.total).toBe(0);
    const internalRoad = fetchProgressByCategory('internal', {}, CATEGORIES).find((r) => r.key === 'road')!;
    expect(internalRoad).toMatchObject({ total: 2, averageProgress: 10, progressReported: 1 });
  });

  it('counts a project for every city it touches', () => {
    const rows = fetchProgressByCity('public', {}, CITY_CODES);
    expect(rows.map((r) => [r.key, r.total, r.progressReported])).toEqual([
      [A, 3, 3],
      [B, 3, 2],
      [C, 1, 1],
    ]);
    expect(rows[0].averageProgress).toBeCloseTo((40 + 100 + 80) / 3);
    expect(rows[1].averageProgress).toBe(60);
    expect(rows[1].stages).toEqual(stages({ implementation: 1, preparation: 1, maintenance: 1 }));
    expect(fetchProgressByCity('public', { city: C }, CITY_CODES).map((r) => r.total)).toEqual([0, 0, 1]);
  });

  it('never counts a health rating kept internal for the public', () => {
    expect(fetchHeadlineFigures('public', { health: 'off_track' }).total).toBe(0);
    expect(fetchHeadlineFigures('internal', { health: 'off_track' }).total).toBe(2);
  });

  it("sums each agreement's committed projects and their progress", () => {
    const delivery = fetchAgreementDelivery('public', {});
    expect(delivery.map((a) => [a.code, a.projectCount, a.doneCount, a.averageProgress, a.progressReported])).toEqual([
      ['AG1', 2, 1, 70, 2],
      ['AG2', 1, 0, null, 0],
    ]);
    expect(delivery[0].projects.map((pr) => pr.code)).toEqual(['P1', 'P2']);
    expect(fetchAgreementDelivery('public', { category: 'rail' }).map((a) => a.code)).toEqual(['AG1']);
    expect(fetchAgreementDelivery('public', { city: C }).map((a) => a.code)).toEqual(['AG2']);
    expect(fetchAgreementDelivery('internal', {}).find((a) => a.code === 'AG1')?.projectCount).toBe(3);
  });

  it('puts dated agreements, events, organizations and milestones on one line in date order', () => {
    const { entries, truncated } = fetchTimeline('public', {});
    expect(entries.map((e) => [e.kind, e.date])).toEqual([
      ['agreement', '2021-02'],
      ['event', '2021-02-06'],
      ['organization', '2021-10'],
      ['milestone', '2022-05'],
    ]);
    expect(entries[3].projectCode).toBe('P1');
    expect(truncated).toBe(false);
    expect(fetchTimeline('public', { category: 'rail' }).entries.map((e) => e.code)).toEqual(['AG1', entries[3].code]);
    expect(fetchTimeline('internal', {}).entries.map((e) => e.date)).toEqual([
      '2021',
      '2021-02',
      '2021-02-06',
      '2021-10',
      '2022',
      '2022-05',
      '2022-06',
      '2022-07-01',
    ]);
  });

  it('lists the latest changes newest first, hiding from the public what it must not see', () => {
    const internal = fetchRecentChanges('internal', {});
    expect(internal.map((r) => r.code)).toEqual(['P5', 'P3', 'P1']);
    expect(internal[1].userName).toBe('Editor');
    const publicChanges = fetchRecentChanges('public', {});
    expect(publicChanges).toEqual([
      expect.objectContaining({
        code: 'P1',
        userName: null,
        changes: [{ field: 'stage', from: 'preparation', to: 'implementation' }],
      }),
    ]);
  });

  it('flags projects at risk, off track or unverified for 90 days, by city', () => {
    const cutoff = staleCutoff(new Date('2024-06-30T12:00:00Z'));
    expect(cutoff).toBe('2024-04-01');
    const publicRows = fetchNeedsAttention('public', {}, cutoff);
    expect(publicRows.map(({ projects: _projects, ...c }) => c)).toEqual([
      { cityCode: A, atRisk: 1, offTrack: 0, stale: 1, total: 2 },
      { cityCode: B, atRisk: 0, offTrack: 0, stale: 2, total: 2 },
    ]);
    expect(publicRows[0].projects.map((pr) => [pr.code, pr.health])).toEqual([
      ['P2', 'at_risk'],
      ['P4', null],
    ]);
    expect(publicRows[1].projects.map((pr) => [pr.code, pr.health])).toEqual([
      ['P3', null],
      ['P4', null],
    ]);
    const internalRows = fetchNeedsAttention('internal', {}, cutoff);
    expect(internalRows.map(({ projects: _projects, ...c }) => c)).toEqual([
      { cityCode: A, atRisk: 1, offTrack: 1, stale: 1, total: 3 },
      { cityCode: B, atRisk: 0, offTrack: 1, stale: 2, total: 2 },
    ]);
    expect(internalRows[0].projects.map((pr) => pr.code)).toEqual(['P5', 'P2', 'P4']);
  });

  it('pages the export over the filtered list', () => {
    const rows = fetchProjectExportPage('public', {});
    expect(rows.map((r) => r.code)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(rows[0].cityCodes?.split(',').sort()).toEqual([A, B, C]);
    expect(fetchProjectExportPage('public', {}, rows[1].id).map((r) => r.code)).toEqual(['P3', 'P4']);
    expect(fetchProjectExportPage('public', { city: C }).map((r) => r.code)).toEqual(['P1']);
  });
});
