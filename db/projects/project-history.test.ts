import { beforeEach, describe, expect, it } from 'vitest';
import { updateProjectFields } from '@/db/projects/mutations';
import { insertTestActors, type TestActors } from '@/db/accounts/test-actors';
import { fetchProjectByCode } from '@/db/projects/queries';
import { fetchProjectHistoryPage, HISTORY_PAGE_SIZE } from '@/db/projects/project-history';
import { installTestDatabase } from '@/lib/test/test-database';

// A project's page shows its history a page at a time, newest first, and pages on by entry id.

const CODE = 'RAIL-HUANGTAI-CONNECTING-LINE';
let actors: TestActors;
let projectId: number;

const write = (fields: Record<string, unknown>, note: string) => {
  const found = fetchProjectByCode('internal', CODE)!;
  const result = updateProjectFields(actors.jinanEditor, CODE, found.project.version, fields, note);
  expect(result.ok).toBe(true);
};

beforeEach(() => {
  const db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
  projectId = fetchProjectByCode('internal', CODE)!.project.id;
});

describe('the pages of a project history', () => {
  it('walks every entry once, newest first, and says where the oldest page ends', () => {
    for (let i = 1; i <= HISTORY_PAGE_SIZE * 2 + 3; i++) write({ progress: i }, `写入 ${i}`);
    const seen: number[] = [];
    let page = fetchProjectHistoryPage('internal', projectId);
    expect(page.newest).toBe(true);
    expect(page.entries).toHaveLength(HISTORY_PAGE_SIZE);
    for (;;) {
      seen.push(...page.entries.map((e) => e.id));
      if (page.olderBefore === null) break;
      page = fetchProjectHistoryPage('internal', projectId, page.olderBefore);
      expect(page.newest).toBe(false);
    }
    const all = fetchProjectHistoryPage('internal', projectId, Number.MAX_SAFE_INTEGER);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(HISTORY_PAGE_SIZE * 2 + 3);
    expect(all.entries[0].id).toBe(seen[0]);
  });

  it('never shows the public a note or who wrote, on any page', () => {
    for (let i = 1; i <= HISTORY_PAGE_SIZE + 2; i++) write({ progress: i }, `内部说明 ${i}`);
    const first = fetchProjectHistoryPage('public', projectId);
    const older = fetchProjectHistoryPage('public', projectId, first.olderBefore!);
    const staff = JSON.stringify(fetchProjectHistoryPage('internal', projectId));
    expect(staff).toContain('内部说明');
    expect(staff).toContain('"userName":"jinan"');
    const text = JSON.stringify([first, older]);
    expect(first.entries.length).toBeGreaterThan(0);
    expect(older.entries.length).toBeGreaterThan(0);
    expect(text).not.toContain('内部说明');
    expect(text).not.toContain('"userName":"jinan"');
  });

  it('answers an id before every entry with an empty page and nothing older', () => {
    const page = fetchProjectHistoryPage('public', projectId, 1);
    expect(page).toEqual({ entries: [], olderBefore: null, newest: false });
  });
});
