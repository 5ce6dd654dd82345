import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import * as t from '@/db/core/schema';
import { installTestDatabase } from '@/lib/test/test-database';
import { DRAFT_FIXTURE_CODE, INTERNAL_NOTE_FIXTURE, seedTestFixtures } from '@/seed/test-fixtures';
import { fetchCityAgreements, fetchMapProjectDetail, fetchMapProjects } from './queries';

let db: ReturnType<typeof installTestDatabase>;

beforeEach(() => {
  db = installTestDatabase({ seed: true });
  seedTestFixtures(db);
});

function publishedLocatedCodes(where = '') {
  return (
    db.$client
      .prepare(
        `select code from projects where publication = 'published' and deleted_at is null and geometry is not null ${where}`,
      )
      .all() as { code: string }[]
  )
    .map((r) => r.code)
    .sort();
}

describe('fetchMapProjects', () => {
  it('returns every published project with a location, and nothing else', () => {
    const { projects, located, unlocated } = fetchMapProjects({});
    expect(projects.map((p) => p.code).sort()).toEqual(publishedLocatedCodes());
    expect(located).toBe(projects.length);
    const published = db.$client
      .prepare(`select count(*) as n from projects where publication = 'published' and deleted_at is null`)
      .get() as { n: number };
    expect(located + unlocated).toBe(published.n);
    expect(unlocated).toBeGreaterThan(0);
  });

  it('never carries a draft, an internal note or an internal health rating', () => {
    const [code] = publishedLocatedCodes();
    db.update(t.projects)
      .set({ internalNote: INTERNAL_NOTE_FIXTURE, health: 'at_risk', healthInternal: true })
      .where(eq(t.projects.code, code))
      .run();
    for (const text of [JSON.stringify(fetchMapProjects({})), JSON.stringify(fetchMapProjectDetail(code))]) {
      expect(text).toContain(code);
      expect(text).not.toContain(DRAFT_FIXTURE_CODE);
      expect(text).not.toContain(INTERNAL_NOTE_FIXTURE);
      expect(text).not.toContain('at_risk');
    }
  });

  it('leaves out deleted projects', () => {
    const [first] = publishedLocatedCodes();
    db.update(t.projects).set({ deletedAt: '2022-01-01' }).where(eq(t.projects.code, first)).run();
    expect(fetchMapProjects({}).projects.map((p) => p.code)).not.toContain(first);
  });

  it('filters by category, stage group and city together', () => {
    const rail = fetchMapProjects({ category: 'rail' }).projects;
    expect(rail.map((p) => p.code).sort()).toEqual(publishedLocatedCodes(`and category = 'rail'`));
    const underwayInLiaocheng = fetchMapProjects({ status: 'underway', city: '371500' }).projects;
    expect(underwayInLiaocheng.length).toBeGreaterThan(0);
    for (const p of underwayInLiaocheng) {
      expect(p.stage).toBe('implementation');
      expect(p.cityCodes).toContain('371500');
    }
  });

  it("lists each project's cities", () => {
    const zhengzhou = fetchMapProjects({}).projects.find((p) => p.code === 'RAIL-JINAN-ZHENGZHOU-HSR');
    expect(zhengzhou?.cityCodes).toEqual(['370100', '371500']);
  });
});

describe('fetchMapProjectDetail', () => {
  it("gives a published project's public facts with its cities and agreements", () => {
    const detail = fetchMapProjectDetail('RAIL-JINAN-ZHENGZHOU-HSR');
    expect(detail?.nameZh).toBe('济郑高铁');
    expect(detail?.cities.map((c) => c.code)).toEqual(['370100', '371500']);
    expect(detail?.sourceQuote).toContain('济郑高铁');
    expect(detail).not.toHaveProperty('internalNote');
    expect(detail).not.toHaveProperty('health');
  });

  it('treats a draft, a project without a location and an unknown code alike', () => {
    expect(fetchMapProjectDetail(DRAFT_FIXTURE_CODE)).toBeNull();
    const unlocated = db.$client
      .prepare(`select code from projects where publication = 'published' and geometry is null`)
      .get() as { code: string };
    expect(fetchMapProjectDetail(unlocated.code)).toBeNull();
    expect(fetchMapProjectDetail('NO-SUCH-PROJECT')).toBeNull();
  });

  it('shows published evidence only, without who uploaded it', () => {
    const [code] = publishedLocatedCodes();
    const project = db.select({ id: t.projects.id }).from(t.projects).where(eq(t.projects.code, code)).get()!;
    const user = db
      .insert(t.users)
      .values({ email: 'e@example.org', displayName: 'Uploader Name', passwordHash: 'x', role: 'editor' })
      .returning({ id: t.users.id })
      .get();
    const file = (name: string, extra: Partial<typeof t.attachments.$inferInsert>) => ({
      projectId: project.id,
      fileName: name,
      storedName: `${name}-stored`,
      mimeType: 'application/pdf',
      sizeBytes: 1024,
      uploadedBy: user.id,
      ...extra,
    });
    db.insert(t.attachments)
      .values([
        file('published.pdf', { publication: 'published' }),
        file('draft.pdf', { publication: 'draft' }),
        file('deleted.pdf', { publication: 'published', deletedAt: '2022-01-01' }),
      ])
      .run();
    const detail = fetchMapProjectDetail(code)!;
    expect(detail.evidence.map((e) => e.fileName)).toEqual(['published.pdf']);
    expect(JSON.stringify(detail)).not.toContain('Uploader Name');
    expect(detail.evidence[0]).not.toHaveProperty('uploadedBy');
  });

  it('leaves out agreements that are not published', () => {
    const linked = db.$client
      .prepare(
        `select p.code as project, a.code as agreement from agreement_projects ap
      join projects p on p.id = ap.project_id join agreements a on a.id = ap.agreement_id where p.geometry is not null`,
      )
      .get() as { project: string; agreement: string };
    expect(fetchMapProjectDetail(linked.project)?.agreements.map((a) => a.code)).toContain(linked.agreement);
    db.update(t.agreements).set({ publication: 'draft' }).where(eq(t.agreements.code, linked.agreement)).run();
    expect(fetchMapProjectDetail(linked.project)?.agreements.map((a) => a.code)).not.toContain(linked.agreement);
  });
});

describe('fetchCityAgreements', () => {
  it('lists the published agreements a city is party to', () => {
    const agreements = fetchCityAgreements('370100');
    expect(agreements.length).toBeGreaterThan(0);
    const expected = db.$client
      .prepare(
        `select count(distinct a.id) as n from agreements a join agreement_cities ac on ac.agreement_id = a.id
      join cities c on c.id = ac.city_id where c.code = '370100' and a.publication = 'published' and a.deleted_at is null`,
      )
      .get() as { n: number };
    expect(agreements).toHaveLength(expected.n);
    db.update(t.agreements).set({ publication: 'draft' }).where(eq(t.agreements.code, agreements[0].code)).run();
    expect(fetchCityAgreements('370100').map((a) => a.code)).not.toContain(agreements[0].code);
  });
});
