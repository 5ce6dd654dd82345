import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { TrackerDb } from '@/db/core/connection';
import * as t from '@/db/core/schema';
import { evidenceDir } from '@/db/evidence/directory';
import { seedCanaryFixtures } from './canary-fixtures';

// Records that exist only in test databases (SEED_FIXTURES=test): a draft project, and an
// internal note on a published one, so tests can prove the public never sees either.
export const DRAFT_FIXTURE_CODE = 'TEST-DRAFT-PROJECT';
export const INTERNAL_NOTE_FIXTURE = 'INTERNAL-NOTE-FIXTURE: budget figures not yet agreed';

export function seedTestFixtures(db: TrackerDb): void {
  db.transaction((tx) => {
    const jinan = tx.select({ id: t.cities.id }).from(t.cities).where(eq(t.cities.code, '370100')).get();
    const draft = tx
      .insert(t.projects)
      .values({
        code: DRAFT_FIXTURE_CODE,
        nameZh: '测试草稿项目',
        nameEn: 'Test draft project',
        category: 'road',
        stage: 'identification',
        sourceQuote: 'test fixture',
        publication: 'draft',
        internalNote: INTERNAL_NOTE_FIXTURE,
        geometry: JSON.stringify({ type: 'Point', coordinates: [117.0, 36.65] }),
      })
      .onConflictDoNothing()
      .returning({ id: t.projects.id })
      .get();
    if (draft && jinan) tx.insert(t.projectCities).values({ projectId: draft.id, cityId: jinan.id }).run();
    const published = tx
      .select({ id: t.projects.id })
      .from(t.projects)
      .where(eq(t.projects.publication, 'published'))
      .orderBy(t.projects.id)
      .get();
    if (published)
      tx.update(t.projects).set({ internalNote: INTERNAL_NOTE_FIXTURE }).where(eq(t.projects.id, published.id)).run();
  });
  seedCanaryFixtures(db);
}

// A published photo on a published project, so tests can read an evidence file as the public
// does: its id is fixed, and its file is written into the evidence directory of this database.
export const EVIDENCE_FIXTURE_ID = 1;
const EVIDENCE_FIXTURE_FILE = '0f1c2e7d9a3b4c5d6e7f8091a2b3c4d5.png';
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg' + '==';

export function seedTestEvidence(db: TrackerDb): void {
  const bytes = Buffer.from(ONE_PIXEL_PNG, 'base64');
  fs.mkdirSync(evidenceDir(), { recursive: true });
  fs.writeFileSync(path.join(evidenceDir(), EVIDENCE_FIXTURE_FILE), bytes);
  const published = db
    .select({ id: t.projects.id })
    .from(t.projects)
    .where(eq(t.projects.publication, 'published'))
    .orderBy(t.projects.id)
    .get();
  if (!published) return;
  db.insert(t.attachments)
    .values({
      id: EVIDENCE_FIXTURE_ID,
      projectId: published.id,
      fileName: 'fixture-photo.png',
      storedName: EVIDENCE_FIXTURE_FILE,
      mimeType: 'image/png',
      sizeBytes: bytes.byteLength,
      publication: 'published',
    })
    .onConflictDoNothing()
    .run();
}
