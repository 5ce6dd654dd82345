import * as t from '@/db/core/schema';
import type { TrackerDb } from '@/db/core/connection';
import { CATEGORIES, MILESTONE_STATUSES, STAGES } from '@/lib/enums';
import { seedTestFixtures } from '@/seed/test-fixtures';
import { installTestDatabase } from './test-database';

// The seed, the test and canary fixtures (drafts, deleted records, internal notes with the
// canary marker), and generated projects of every category in every stage: with a point or a
// corridor or no location, one city or several, every milestone status, published and draft
// milestones and evidence, progress reported in public history entries, and agreements. For
// tests that must hold for any record the app can hold, not only the article's.
export function installEveryKindDatabase(extraProjects = 0): TrackerDb {
  const db = installTestDatabase({ seed: true });
  seedTestFixtures(db);
  const cities = db.select({ id: t.cities.id }).from(t.cities).all();
  db.transaction((tx) => {
    const agreement = tx
      .insert(t.agreements)
      .values({
        code: 'GEN-AGREEMENT',
        nameZh: '生成的协议',
        nameEn: '',
        type: 'cooperation',
        sourceQuote: '生成',
        publication: 'published',
      })
      .returning({ id: t.agreements.id })
      .get();
    tx.insert(t.agreementCities)
      .values(cities.slice(0, 2).map((c) => ({ agreementId: agreement.id, cityId: c.id })))
      .run();
    const kinds = CATEGORIES.flatMap((category) => STAGES.map((stage) => ({ category, stage })));
    const total = Math.max(kinds.length, extraProjects);
    for (let i = 0; i < total; i++) {
      const { category, stage } = kinds[i % kinds.length];
      const geometry =
        i % 3 === 0
          ? { type: 'Point', coordinates: [117 + i / 1000, 36.6] }
          : i % 3 === 1
            ? {
                type: 'LineString',
                coordinates: [
                  [117, 36.6],
                  [117.5 + i / 1000, 36.9],
                ],
              }
            : null;
      const project = tx
        .insert(t.projects)
        .values({
          code: `GEN-${category.toUpperCase()}-${stage.toUpperCase()}-${i}`,
          nameZh: `生成项目${i}`,
          nameEn: i % 2 ? `Generated project ${i}` : '',
          descriptionZh: i % 4 ? `说明${i}` : '',
          descriptionEn: i % 5 ? `Description ${i}` : '',
          category,
          stage,
          progress: i % 2 ? (i * 7) % 101 : null,
          plannedStart: ['2020', '2020-02', '2020-02-29', null][i % 4],
          plannedEnd: ['2024-12', null, '2025', '2023-06-30'][i % 4],
          actualStart: i % 3 ? '2021-03' : null,
          actualEnd: i % 2 ? '2022' : null,
          geometry: geometry && JSON.stringify(geometry),
          geometryApproximate: i % 7 !== 0,
          sourceQuote: `生成的引文${i}`,
          lastVerifiedAt: i % 2 ? '2021-12-01' : null,
          publication: i % 11 === 10 ? 'draft' : 'published',
        })
        .returning({ id: t.projects.id })
        .get();
      const own = cities.slice(i % cities.length, (i % cities.length) + 1 + (i % 3));
      tx.insert(t.projectCities)
        .values(own.map((c) => ({ projectId: project.id, cityId: c.id })))
        .run();
      if (i % 4 === 0)
        tx.insert(t.agreementProjects).values({ agreementId: agreement.id, projectId: project.id }).run();
      for (const [n, status] of MILESTONE_STATUSES.entries())
        tx.insert(t.milestones)
          .values({
            projectId: project.id,
            titleZh: `里程碑${i}-${n}`,
            titleEn: n ? `Milestone ${i}-${n}` : '',
            plannedOn: ['2022', '2022-05', '2022-05-31'][n],
            actualOn: status === 'met' ? '2022-06' : null,
            status,
            publication: n === 2 && i % 2 ? 'draft' : 'published',
          })
          .run();
      for (const [n, publication] of (['published', 'draft'] as const).entries())
        tx.insert(t.attachments)
          .values({
            projectId: project.id,
            fileName: `photo-${i}-${n}.${n ? 'pdf' : 'png'}`,
            storedName: `gen-${i}-${n}`,
            mimeType: n ? 'application/pdf' : 'image/png',
            sizeBytes: 100,
            publication,
          })
          .run();
      for (const [n, value] of [10, 40, null].entries())
        tx.insert(t.projectUpdates)
          .values({
            projectId: project.id,
            version: n + 2,
            changes: JSON.stringify([
              { field: 'progress', from: n ? [10, 40][n - 1] : null, to: value },
              { field: 'internalNote', from: null, to: 'note' },
            ]),
            note: 'generated',
          })
          .run();
    }
  });
  return db;
}
