import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import * as t from '@/db/core/schema';
import { installTestDatabase } from '@/lib/test/test-database';
import { countProjects, fetchProjects } from '@/db/projects/queries';
import { fetchAgreements } from '@/db/records/queries';
import { searchRecords } from './queries';

// The seeded record plus a few rows with known answers: an exact and a partial name, a draft,
// an internal note, a rename and a deletion.
let db: TrackerDb;
const project = (code: string, nameZh: string, extra: Partial<typeof t.projects.$inferInsert> = {}) =>
  db
    .insert(t.projects)
    .values({ code, nameZh, nameEn: code, category: 'port', stage: 'implementation', sourceQuote: '', ...extra })
    .returning({ id: t.projects.id })
    .get().id;

beforeAll(() => {
  db = installTestDatabase({ seed: true });
  project('TEST-EXACT', '测试码头', { publication: 'published' });
  project('TEST-PARTIAL', '测试码头扩建', { publication: 'published' });
  project('TEST-BODY', '另一个工程', { publication: 'published', descriptionZh: '其中包括测试码头。' });
  project('TEST-DRAFT', '草稿工程甲', { publication: 'draft' });
  project('TEST-NOTE', '备注工程', { publication: 'published', internalNote: 'SECRETWORD 内部' });
  const renamed = project('TEST-RENAMED', '旧名工程', { publication: 'published' });
  db.update(t.projects).set({ nameZh: '新名工程' }).where(eq(t.projects.id, renamed)).run();
  const gone = project('TEST-DELETED', '删除工程', { publication: 'published' });
  db.update(t.projects).set({ deletedAt: '2026-01-01' }).where(eq(t.projects.id, gone)).run();
});

const codes = (query: string, scope: 'public' | 'internal' = 'public', kind = 'project') =>
  searchRecords(scope, query)
    .find((g) => g.kind === kind)
    ?.hits.map((h) => h.code) ?? [];

describe('search', () => {
  it('finds one- and two-character Chinese queries', () => {
    expect(codes('港')).toEqual(expect.arrayContaining(['PORT-XIAOQING-JINAN']));
    expect(codes('济郑')[0]).toBe('RAIL-JINAN-ZHENGZHOU-HSR');
  });

  it('finds the official name from its common short form', () => {
    expect(codes('遥墙机场')[0]).toBe('AIR-JINAN-YAOQIANG-PHASE-2');
  });

  it('needs every term of a mixed query, in either width', () => {
    // The one whose name holds both first; others hold them in their descriptions.
    expect(codes('G3 德州')[0]).toBe('ROAD-G3-DEZHOU-QIHE-EXPANSION');
    expect(codes('Ｇ３　德州')).toEqual(codes('G3 德州'));
    expect(codes('G3 德州')).not.toContain('AIR-JINAN-YAOQIANG-PHASE-2');
  });

  it('reads English without regard to case or diacritics', () => {
    expect(codes('BINZHOU inland PORT')).toContain('PORT-XIAOQING-BINZHOU');
    expect(codes('bínzhōu inland port')).toContain('PORT-XIAOQING-BINZHOU');
  });

  it('ranks the exact name, then other names, then descriptions', () => {
    expect(codes('测试码头')).toEqual(['TEST-EXACT', 'TEST-PARTIAL', 'TEST-BODY']);
  });

  it('finds the quoted source sentence', () => {
    expect(codes('商河通用机场试飞成功', 'public', 'event').length).toBeGreaterThan(0);
  });

  it('hides drafts from the public and shows them to staff, marked', () => {
    expect(codes('草稿工程甲')).toEqual([]);
    const staff = searchRecords('internal', '草稿工程甲').find((g) => g.kind === 'project')!;
    expect(staff.hits.map((h) => [h.code, h.draft])).toEqual([['TEST-DRAFT', true]]);
  });

  it('never matches an internal note, for anyone', () => {
    expect(searchRecords('public', 'SECRETWORD')).toEqual([]);
    expect(searchRecords('internal', 'SECRETWORD')).toEqual([]);
  });

  it('follows renames and deletions in the same write', () => {
    expect(codes('新名工程')).toEqual(['TEST-RENAMED']);
    expect(codes('旧名工程')).toEqual([]);
    expect(codes('删除工程', 'internal')).toEqual([]);
  });

  it('groups by kind with a count and the fields a result shows', () => {
    const groups = searchRecords('public', '济郑高铁');
    const projects = groups.find((g) => g.kind === 'project')!;
    expect(projects.total).toBeGreaterThan(1);
    expect(projects.hits[0]).toMatchObject({ nameZh: '济郑高铁', stage: expect.any(String), draft: false });
    expect(projects.hits[0].citiesZh).toContain('济南市');
  });

  it('gives the project list and the open-data lists the same matches', () => {
    const found = searchRecords('public', '济郑高铁').find((g) => g.kind === 'project')!;
    expect(countProjects('public', { q: '济郑高铁' }).count).toBe(found.total);
    expect(fetchProjects('public', { q: '遥墙机场' }).projects.map((p) => p.code)).toContain(
      'AIR-JINAN-YAOQIANG-PHASE-2',
    );
    expect(fetchProjects('public', { q: '草稿工程甲' }).projects).toEqual([]);
    expect(fetchProjects('internal', { q: '草稿工程甲' }).projects.map((p) => p.code)).toEqual(['TEST-DRAFT']);
    const agreements = searchRecords('public', '交通').find((g) => g.kind === 'agreement')!;
    expect(
      fetchAgreements('public', '交通')
        .map((a) => a.code)
        .sort(),
    ).toEqual(agreements.hits.map((h) => h.code).sort());
  });

  it('reads FTS syntax and stray characters in a query as text', () => {
    for (const query of ['"', 'a"b OR', 'NEAR(港', '*', '{name}: x', 'x^y', '\u0000港', '-济郑', '( )']) {
      expect(() => searchRecords('public', query), query).not.toThrow();
    }
    expect(codes('"济郑"')).toEqual(codes('济郑'));
  });
});
