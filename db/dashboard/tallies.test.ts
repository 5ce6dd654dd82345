import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '@/bench/synthetic-data';
import type { TrackerDb } from '@/db/core/connection';
import { CATEGORIES, HEALTHS, STAGE_GROUP, STAGES } from '@/lib/enums';
import * as t from '@/db/core/schema';
import type { ProjectFilters } from '@/lib/project-filters';
import { installTestDatabase } from '@/lib/test/test-database';
import { seedCities } from '@/seed/cities';
import { fetchHeadlineFigures } from './figures';
import { ATTENTION_PROJECTS_SHOWN, fetchNeedsAttention } from './attention';
import { fetchRecentChanges, FEW_PROJECTS } from './changes';
import { fetchProgressByCategory, fetchProgressByCity } from './tallies';
import { projectFilterWhere } from '@/db/projects/queries';
import type { ReadScope } from '@/db/core/read-scope';

// The tallies and facts are kept by triggers; these tests write projects the way any code path
// might (inserts, edits of every tallied column, moves between cities, soft and hard deletes)
// and compare what the dashboard reports with the projects themselves, counted directly.

const CUTOFF = '2026-06-01';
const CODES = seedCities.map((c) => c.code);
const PROJECTS = FEW_PROJECTS + 300;
type Row = typeof t.projects.$inferSelect & { cityCodes: string[] };

function writeRandomProjects(db: TrackerDb, seed: number) {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const date = () => (random() < 0.1 ? null : `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`);
  const cityIds = new Map(
    CODES.map((code, i) => [
      code,
      db
        .insert(t.cities)
        .values({ code, nameZh: code, nameEn: code, centroidLng: 117, centroidLat: 36 + i / 10 })
        .returning({ id: t.cities.id })
        .get().id,
    ]),
  );
  const someCities = () => [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(CODES)))];
  const fields = () => ({
    category: pick(CATEGORIES),
    stage: pick(STAGES),
    health: pick(HEALTHS),
    healthInternal: random() < 0.2,
    progress: random() < 0.2 ? null : Math.floor(random() * 101),
    lastVerifiedAt: date(),
    publication: random() < 0.8 ? ('published' as const) : ('draft' as const),
  });
  const ids: number[] = [];
  db.transaction(
    (tx) => {
      for (let n = 0; n < PROJECTS; n++) {
        const id = tx
          .insert(t.projects)
          .values({
            code: `R${String(n).padStart(5, '0')}`,
            nameZh: `项目${n}`,
            nameEn: `P${n}`,
            sourceQuote: 'test',
            ...fields(),
          })
          .returning({ id: t.projects.id })
          .get().id;
        for (const code of someCities())
          tx.insert(t.projectCities)
            .values({ projectId: id, cityId: cityIds.get(code)! })
            .run();
        for (let v = 0; v < 1 + Math.floor(random() * 3); v++) {
          tx.insert(t.projectUpdates)
            .values({
              projectId: id,
              version: v + 1,
              createdAt: `2026-0${1 + Math.floor(random() * 9)}-01T0${v}:00:00.000Z`,
              changes: '[{"field":"progress","from":1,"to":2}]',
            })
            .run();
        }
        ids.push(id);
      }
      // Then edits of every kind, as the app's mutations, the import or a script would make them.
      const linked = (id: number) =>
        tx
          .select({ cityId: t.projectCities.cityId })
          .from(t.projectCities)
          .where(eq(t.projectCities.projectId, id))
          .all()
          .map((r) => r.cityId);
      for (let n = 0; n < PROJECTS; n++) {
        const id = pick(ids);
        const edit = random();
        if (edit < 0.5) {
          // One to all of the columns, so that an edit of any single one is among them.
          const all = Object.entries(fields());
          const changed = all.filter(() => random() < 0.3);
          tx.update(t.projects)
            .set(Object.fromEntries(changed.length ? changed : [pick(all)]))
            .where(eq(t.projects.id, id))
            .run();
        } else if (edit < 0.6)
          tx.update(t.projects)
            .set({ deletedAt: random() < 0.7 ? '2026-01-01' : null })
            .where(eq(t.projects.id, id))
            .run();
        else if (edit < 0.8) {
          tx.delete(t.projectCities).where(eq(t.projectCities.projectId, id)).run();
          for (const code of someCities())
            tx.insert(t.projectCities)
              .values({ projectId: id, cityId: cityIds.get(code)! })
              .run();
        } else if (edit < 0.9) {
          const [from, ...others] = linked(id);
          const to = cityIds.get(pick(CODES))!;
          if (from !== undefined && to !== from && !others.includes(to)) {
            tx.update(t.projectCities)
              .set({ cityId: to })
              .where(and(eq(t.projectCities.projectId, id), eq(t.projectCities.cityId, from)))
              .run();
          }
        } else if (edit < 0.92) {
          tx.delete(t.projectCities).where(eq(t.projectCities.projectId, id)).run();
          tx.delete(t.projectUpdates).where(eq(t.projectUpdates.projectId, id)).run();
          tx.delete(t.projects).where(eq(t.projects.id, id)).run();
          ids.splice(ids.indexOf(id), 1);
        }
      }
    },
    { behavior: 'immediate' },
  );
}

// The projects the filters admit, read directly with the list's own WHERE and their cities.
function filteredProjects(db: TrackerDb, scope: ReadScope, filters: ProjectFilters): Row[] {
  const rows = db.select().from(t.projects).where(projectFilterWhere(scope, filters)).all();
  const cities = db
    .select({ projectId: t.projectCities.projectId, code: t.cities.code })
    .from(t.projectCities)
    .innerJoin(t.cities, eq(t.cities.id, t.projectCities.cityId))
    .all();
  return rows.map((r) => ({ ...r, cityCodes: cities.filter((c) => c.projectId === r.id).map((c) => c.code) }));
}

function expectedProgress(rows: Row[], keys: readonly string[], keysOf: (r: Row) => string[]) {
  return keys.map((key) => {
    const own = rows.filter((r) => keysOf(r).includes(key));
    const reported = own.filter((r) => r.progress !== null);
    const sum = reported.reduce((n, r) => n + r.progress!, 0);
    return {
      key,
      total: own.length,
      progressReported: reported.length,
      averageProgress: reported.length ? sum / reported.length : null,
      stages: Object.fromEntries(STAGES.map((s) => [s, own.filter((r) => r.stage === s).length])),
    };
  });
}

function expectedAttention(rows: Row[], scope: ReadScope, cityCodes: string[]) {
  const flagged = (r: Row) =>
    (r.health === 'at_risk' || r.health === 'off_track') && (scope === 'internal' || !r.healthInternal);
  const stale = (r: Row) => r.lastVerifiedAt === null || r.lastVerifiedAt < CUTOFF;
  const severity = (r: Row) => (flagged(r) ? (r.health === 'off_track' ? 0 : 1) : 2);
  return cityCodes.flatMap((cityCode) => {
    const own = rows.filter((r) => r.cityCodes.includes(cityCode));
    const listed = own
      .filter((r) => flagged(r) || stale(r))
      .sort(
        (a, b) =>
          severity(a) - severity(b) ||
          (a.lastVerifiedAt ?? '').localeCompare(b.lastVerifiedAt ?? '') ||
          a.code.localeCompare(b.code),
      );
    if (listed.length === 0) return [];
    return [
      {
        cityCode,
        total: listed.length,
        stale: own.filter(stale).length,
        atRisk: own.filter((r) => flagged(r) && r.health === 'at_risk').length,
        offTrack: own.filter((r) => flagged(r) && r.health === 'off_track').length,
        projects: listed
          .slice(0, ATTENTION_PROJECTS_SHOWN)
          .map((r) => ({ code: r.code, health: flagged(r) ? r.health : null })),
      },
    ];
  });
}

const FILTERS: ProjectFilters[] = [
  {},
  { city: CODES[0] },
  { city: CODES[5] },
  { category: 'rail' },
  { stage: 'implementation' },
  { health: 'at_risk' },
  { status: 'done' },
  { city: CODES[1], category: 'road', health: 'off_track' },
  { category: 'port', stage: 'cancelled' },
];

describe.each([1, 2])('the dashboard over randomly written projects (seed %i)', (seed) => {
  let db: TrackerDb;
  beforeAll(() => {
    db = installTestDatabase();
    writeRandomProjects(db, seed);
  });

  it('keeps the tallies equal to the projects themselves', () => {
    const tallied = db.$client
      .prepare(
        'select city_id, published, category, stage, health, health_internal, projects, progress_sum, progress_reported from project_tallies where projects <> 0 order by 1, 2, 3, 4, 5, 6',
      )
      .all();
    const direct = db.$client
      .prepare(
        `select 0 city_id, publication = 'published' published, category, stage, health, health_internal, count(*) projects, coalesce(sum(progress), 0) progress_sum, count(progress) progress_reported
      from projects where deleted_at is null group by 2, 3, 4, 5, 6
      union all select pc.city_id, p.publication = 'published', p.category, p.stage, p.health, p.health_internal, count(*), coalesce(sum(p.progress), 0), count(p.progress)
      from project_cities pc join projects p on p.id = pc.project_id where p.deleted_at is null group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`,
      )
      .all();
    expect(tallied).toEqual(direct);
    const facts = db.$client.prepare('select * from project_city_facts order by project_id, city_id').all();
    const links = db.$client
      .prepare(
        `select pc.project_id, pc.city_id, p.publication = 'published' published, p.category, p.stage, p.health, p.health_internal, p.last_verified_at
      from project_cities pc join projects p on p.id = pc.project_id where p.deleted_at is null order by 1, 2`,
      )
      .all();
    expect(facts).toEqual(links);
  });

  describe.each(['public', 'internal'] as const)('read %s', (scope) => {
    it.each(FILTERS)('reports the same figures as counting the projects, filtered by %o', (filters) => {
      const rows = filteredProjects(db, scope, filters);
      const cityCodes = filters.city ? [filters.city] : CODES;
      expect(fetchProgressByCategory(scope, filters, CATEGORIES)).toEqual(
        expectedProgress(rows, CATEGORIES, (r) => [r.category]),
      );
      expect(fetchProgressByCity(scope, filters, cityCodes)).toEqual(
        expectedProgress(rows, cityCodes, (r) => r.cityCodes),
      );
      const headline = fetchHeadlineFigures(scope, filters);
      expect(headline.total).toBe(rows.length);
      expect(headline.services).toBe(rows.filter((r) => r.category === 'services').length);
      expect(headline.byGroup.underway).toBe(rows.filter((r) => STAGE_GROUP[r.stage] === 'underway').length);
      const attention = fetchNeedsAttention(scope, filters, CUTOFF).map((c) => ({
        ...c,
        projects: c.projects.map((p) => ({ code: p.code, health: p.health })),
      }));
      expect(attention).toEqual(expectedAttention(rows, scope, [...cityCodes].sort()));
    });

    it.each(FILTERS)('lists the latest changes of the projects filtered by %o', (filters) => {
      const ids = new Set(filteredProjects(db, scope, filters).map((r) => r.id));
      const latest = db
        .select({ id: t.projectUpdates.id, projectId: t.projectUpdates.projectId })
        .from(t.projectUpdates)
        .orderBy(sql`${t.projectUpdates.createdAt} desc, ${t.projectUpdates.id} desc`)
        .all()
        .filter((u) => ids.has(u.projectId))
        .slice(0, 15);
      expect(fetchRecentChanges(scope, filters).map((c) => c.id)).toEqual(latest.map((u) => u.id));
    });
  });
});
