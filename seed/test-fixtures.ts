import { eq } from 'drizzle-orm';
import type { TrackerDb } from '@/db/connection';
import * as t from '@/db/schema';
import { seedCanaryFixtures } from './canary-fixtures';

// Records that exist only in test databases (SEED_FIXTURES=test): a draft project, and an
// internal note on a published one, so tests can prove the public never sees either.
export const DRAFT_FIXTURE_CODE = 'TEST-DRAFT-PROJECT';
export const INTERNAL_NOTE_FIXTURE = 'INTERNAL-NOTE-FIXTURE: budget figures not yet agreed';

export function seedTestFixtures(db: TrackerDb): void {
  db.transaction((tx) => {
    const jinan = tx.select({ id: t.cities.id }).from(t.cities).where(eq(t.cities.code, '370100')).get();
    const draft = tx.insert(t.projects).values({
      code: DRAFT_FIXTURE_CODE, nameZh: '测试草稿项目', nameEn: 'Test draft project', category: 'road', stage: 'identification',
      sourceQuote: 'test fixture', publication: 'draft', internalNote: INTERNAL_NOTE_FIXTURE,
      geometry: JSON.stringify({ type: 'Point', coordinates: [117.0, 36.65] }),
    }).onConflictDoNothing().returning({ id: t.projects.id }).get();
    if (draft && jinan) tx.insert(t.projectCities).values({ projectId: draft.id, cityId: jinan.id }).run();
    const published = tx.select({ id: t.projects.id }).from(t.projects).where(eq(t.projects.publication, 'published')).orderBy(t.projects.id).get();
    if (published) tx.update(t.projects).set({ internalNote: INTERNAL_NOTE_FIXTURE }).where(eq(t.projects.id, published.id)).run();
  });
  seedCanaryFixtures(db);
}
