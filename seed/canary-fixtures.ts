import { eq } from 'drizzle-orm';
import type { TrackerDb } from '@/db/core/connection';
import * as t from '@/db/core/schema';

// Test databases only (SEED_FIXTURES=test). Every internal field and every draft or deleted
// record of every kind holds a marker that no public answer may contain; e2e/public-canary.spec.ts
// crawls every public route for it. The records are shaped as the staff forms write them: a draft
// milestone, a draft agreement linked to a published project, a health rating kept internal.
export const CANARY = 'CANARYQX';
// The published project that carries the internal content, and the draft and deleted ones.
export const CANARY_HOST_CODE = 'AIR-BINZHOU-DAGAO';
export const CANARY_DRAFT_CODES = {
  project: `${CANARY}-DRAFT-PROJECT`,
  deletedProject: `${CANARY}-DELETED-PROJECT`,
  agreement: `${CANARY}-DRAFT-AGREEMENT`,
  organization: `${CANARY}-DRAFT-ORGANIZATION`,
  event: `${CANARY}-DRAFT-EVENT`,
  indicator: `${CANARY}-DRAFT-INDICATOR`,
  plan: `${CANARY}-DRAFT-PLAN`,
} as const;

const LATE_SCHEDULE = {
  plannedStart: '2021-01',
  plannedEnd: '2026-12-31',
  baselineStart: '2021-01',
  baselineEnd: '2022-12-31',
  scheduleReason: 'funding',
  slippageDays: 1461,
  late: true,
} as const;

type Tx = Parameters<Parameters<TrackerDb['transaction']>[0]>[0];

const mark = (what: string) => `${CANARY}-${what}`;
const texts = (what: string) => ({
  nameZh: `金丝雀${mark(`${what}-name-zh`)}`,
  nameEn: mark(`${what}-name-en`),
  sourceQuote: mark(`${what}-quote`),
});
const summaries = (what: string) => ({ summaryZh: mark(`${what}-summary-zh`), summaryEn: mark(`${what}-summary-en`) });

function cityId(tx: Tx, code: string): number {
  return tx.select({ id: t.cities.id }).from(t.cities).where(eq(t.cities.code, code)).get()!.id;
}

function hiddenProjects(tx: Tx, binzhou: number) {
  const project = (code: string, what: string, extra: Partial<typeof t.projects.$inferInsert>) => {
    const row = tx
      .insert(t.projects)
      .values({
        code,
        ...texts(what),
        descriptionZh: mark(`${what}-description-zh`),
        descriptionEn: mark(`${what}-description-en`),
        category: 'port',
        stage: 'implementation',
        progress: 40,
        internalNote: mark(`${what}-internal-note`),
        geometry: JSON.stringify({ type: 'Point', coordinates: [118.0, 37.38] }),
        // Far behind its plan, so a leak would put it at the top of the most-slipped list.
        ...LATE_SCHEDULE,
        ...extra,
      })
      .returning({ id: t.projects.id })
      .get();
    tx.insert(t.projectCities).values({ projectId: row.id, cityId: binzhou }).run();
    tx.insert(t.projectUpdates)
      .values({
        projectId: row.id,
        version: 1,
        changes: JSON.stringify([{ field: 'stage', from: null, to: 'implementation' }]),
        note: mark(`${what}-history-note`),
      })
      .run();
    return row.id;
  };
  project(CANARY_DRAFT_CODES.project, 'draft-project', { publication: 'draft' });
  project(CANARY_DRAFT_CODES.deletedProject, 'deleted-project', {
    publication: 'published',
    deletedAt: '2021-12-02T00:00:00.000Z',
  });
}

function hiddenRecords(tx: Tx, binzhou: number) {
  const published = { publication: 'published' as const, deletedAt: '2021-12-02T00:00:00.000Z' };
  const agreement = tx
    .insert(t.agreements)
    .values({
      code: CANARY_DRAFT_CODES.agreement,
      ...texts('draft-agreement'),
      ...summaries('draft-agreement'),
      type: 'cooperation',
      publication: 'draft',
    })
    .returning({ id: t.agreements.id })
    .get();
  tx.insert(t.agreementCities).values({ agreementId: agreement.id, cityId: binzhou }).run();
  const organization = tx
    .insert(t.organizations)
    .values({
      code: CANARY_DRAFT_CODES.organization,
      ...texts('draft-organization'),
      ...summaries('draft-organization'),
      kind: 'alliance',
      publication: 'draft',
    })
    .returning({ id: t.organizations.id })
    .get();
  tx.insert(t.organizationCities).values({ organizationId: organization.id, cityId: binzhou }).run();
  tx.insert(t.events)
    .values([
      {
        code: CANARY_DRAFT_CODES.event,
        ...texts('draft-event'),
        ...summaries('draft-event'),
        kind: 'meeting',
        heldOn: '2021-11-30',
        hostCityId: binzhou,
        publication: 'draft',
      },
      {
        code: mark('DELETED-EVENT'),
        ...texts('deleted-event'),
        ...summaries('deleted-event'),
        kind: 'meeting',
        heldOn: '2021-11-29',
        hostCityId: binzhou,
        ...published,
      },
    ])
    .run();
  tx.insert(t.indicators)
    .values({
      code: CANARY_DRAFT_CODES.indicator,
      ...texts('draft-indicator'),
      value: 4242,
      unitZh: mark('unit-zh'),
      unitEn: mark('unit-en'),
      cityId: binzhou,
      publication: 'draft',
    })
    .run();
  const plan = tx
    .insert(t.plans)
    .values({
      code: CANARY_DRAFT_CODES.plan,
      ...texts('draft-plan'),
      ...summaries('draft-plan'),
      kind: 'plan',
      adoptedOn: '2021-11',
      publication: 'draft',
    })
    .returning({ id: t.plans.id })
    .get();
  tx.insert(t.recordUpdates)
    .values({
      recordKind: 'agreement',
      recordId: agreement.id,
      version: 1,
      changes: JSON.stringify([{ field: 'nameZh', from: null, to: mark('record-history') }]),
      note: mark('record-history-note'),
    })
    .run();
  return { agreementId: agreement.id, planId: plan.id };
}

// What staff keep to themselves on a published project: a draft milestone, a draft agreement and
// plan linked to it, draft evidence, an internal note, a health rating kept internal, and who
// made each change and why.
function internalContentOfHost(tx: Tx, links: { agreementId: number; planId: number }) {
  const host = tx.select().from(t.projects).where(eq(t.projects.code, CANARY_HOST_CODE)).get()!;
  const editor = tx
    .insert(t.users)
    .values({
      email: `${CANARY.toLowerCase()}-editor@example.test`,
      displayName: mark('editor-name'),
      passwordHash: '!',
      role: 'editor',
      disabledAt: '2021-12-02T00:00:00.000Z',
    })
    .returning({ id: t.users.id })
    .get();
  tx.insert(t.apiTokens)
    .values({ tokenHash: mark('token-hash'), userId: editor.id, label: mark('token-label') })
    .run();
  const entry = (version: number, changes: object[], note: string) =>
    tx
      .insert(t.projectUpdates)
      .values({ projectId: host.id, userId: editor.id, version, changes: JSON.stringify(changes), note: mark(note) })
      .returning({ id: t.projectUpdates.id })
      .get().id;

  const milestone = tx
    .insert(t.milestones)
    .values({
      projectId: host.id,
      titleZh: mark('draft-milestone-zh'),
      titleEn: mark('draft-milestone-en'),
      plannedOn: '2022-06',
      publication: 'draft',
    })
    .returning({ id: t.milestones.id })
    .get();
  entry(
    host.version,
    [{ field: 'milestone', id: milestone.id, from: null, to: `${mark('draft-milestone-zh')} (2022-06)` }],
    'milestone-note',
  );

  const evidenceEntry = entry(host.version, [{ field: 'attachments', from: 0, to: 1 }], 'evidence-note');
  tx.insert(t.attachments)
    .values({
      projectId: host.id,
      updateId: evidenceEntry,
      fileName: `${mark('evidence')}.pdf`,
      storedName: `${CANARY.toLowerCase()}-evidence.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 4,
      publication: 'draft',
      uploadedBy: editor.id,
    })
    .run();

  tx.insert(t.agreementProjects).values({ agreementId: links.agreementId, projectId: host.id }).run();
  tx.insert(t.planProjects).values({ planId: links.planId, projectId: host.id }).run();
  const agreementsBefore = tx
    .select({ code: t.agreements.code })
    .from(t.agreementProjects)
    .innerJoin(t.agreements, eq(t.agreements.id, t.agreementProjects.agreementId))
    .where(eq(t.agreementProjects.projectId, host.id))
    .all()
    .map((a) => a.code)
    .filter((c) => c !== CANARY_DRAFT_CODES.agreement);
  entry(
    host.version + 1,
    [
      {
        field: 'agreements',
        from: agreementsBefore.sort(),
        to: [...agreementsBefore, CANARY_DRAFT_CODES.agreement].sort(),
      },
    ],
    'agreement-note',
  );
  entry(
    host.version + 2,
    [
      { field: 'health', from: host.health, to: 'at_risk' },
      { field: 'healthInternal', from: false, to: true },
      { field: 'internalNote', from: host.internalNote, to: mark('internal-note') },
    ],
    'health-note',
  );
  // A forecast moved with a reason: the reason and the slippage are public, the note is not.
  entry(
    host.version + 3,
    [
      { field: 'plannedEnd', from: LATE_SCHEDULE.baselineEnd, to: LATE_SCHEDULE.plannedEnd },
      { field: 'scheduleReason', from: null, to: LATE_SCHEDULE.scheduleReason },
      { field: 'slippageDays', from: 0, to: LATE_SCHEDULE.slippageDays },
    ],
    'forecast-note',
  );
  tx.update(t.projects)
    .set({
      version: host.version + 3,
      health: 'at_risk',
      healthInternal: true,
      internalNote: mark('internal-note'),
      ...LATE_SCHEDULE,
    })
    .where(eq(t.projects.id, host.id))
    .run();
}

export function seedCanaryFixtures(db: TrackerDb): void {
  db.transaction((tx) => {
    if (tx.select({ id: t.projects.id }).from(t.projects).where(eq(t.projects.code, CANARY_DRAFT_CODES.project)).get())
      return;
    const binzhou = cityId(tx, '371600');
    hiddenProjects(tx, binzhou);
    internalContentOfHost(tx, hiddenRecords(tx, binzhou));
  });
}
