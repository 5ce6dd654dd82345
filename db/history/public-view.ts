import 'server-only';
import { and, inArray } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import type { FieldChange } from '@/db/core/versioned-record';
import { isPublicEvidence } from '@/db/evidence/public-view';
import { isPublicMilestone, milestoneLabel } from '@/db/milestones/public-view';
import { recordRowsWhere } from '@/db/records/public-view';
import * as t from '@/db/core/schema';

// What the public may see of a project's history, change by change. A change is shown according
// to the visibility, now, of what it refers to: a draft milestone's title stays hidden until the
// milestone is published, a draft agreement's code until the agreement is, a health rating while
// staff keep it internal. Who made a change and the note they wrote are for staff only.

// Entries written before changes named their milestone or evidence by `id` are matched on the
// milestone's title, or hidden.
export type HistoryChange = FieldChange;

// Never public, whatever they refer to. The evidence count includes files still in draft.
const STAFF_ONLY_FIELDS = new Set(['internalNote', 'healthInternal', 'attachments']);

type Entry = { projectId: number; changes: HistoryChange[] };
type ProjectContext = {
  healthInternal: boolean;
  milestoneIds: Set<number>;
  milestoneLabels: string[];
  evidenceIds: Set<number>;
};

function mentionedAgreements(entries: Entry[]): string[] {
  const codes = entries.flatMap((e) =>
    e.changes.filter((c) => c.field === 'agreements').flatMap((c) => [c.from, c.to]),
  );
  return [...new Set(codes.flatMap((list) => (Array.isArray(list) ? list.map(String) : [])))];
}

function publicAgreementCodes(codes: string[]): Set<string> {
  if (codes.length === 0) return new Set();
  const rows = getDb()
    .select({ code: t.agreements.code })
    .from(t.agreements)
    .where(and(inArray(t.agreements.code, codes), recordRowsWhere('public', t.agreements)))
    .all();
  return new Set(rows.map((r) => r.code));
}

function projectContexts(projectIds: number[]): Map<number, ProjectContext> {
  const db = getDb();
  const projects = db
    .select({
      id: t.projects.id,
      healthInternal: t.projects.healthInternal,
      publication: t.projects.publication,
      deletedAt: t.projects.deletedAt,
    })
    .from(t.projects)
    .where(inArray(t.projects.id, projectIds))
    .all();
  const contexts = new Map(
    projects.map((p) => [
      p.id,
      {
        healthInternal: p.healthInternal,
        milestoneIds: new Set<number>(),
        milestoneLabels: [] as string[],
        evidenceIds: new Set<number>(),
      },
    ]),
  );
  for (const m of db.select().from(t.milestones).where(inArray(t.milestones.projectId, projectIds)).all()) {
    if (!isPublicMilestone(m)) continue;
    contexts.get(m.projectId)?.milestoneIds.add(m.id);
    contexts.get(m.projectId)?.milestoneLabels.push(milestoneLabel(m), m.titleZh);
  }
  const evidence = db
    .select({
      id: t.attachments.id,
      projectId: t.attachments.projectId,
      publication: t.attachments.publication,
      deletedAt: t.attachments.deletedAt,
    })
    .from(t.attachments)
    .where(inArray(t.attachments.projectId, projectIds))
    .all();
  for (const e of evidence) {
    const project = projects.find((p) => p.id === e.projectId)!;
    if (isPublicEvidence(e, project)) contexts.get(e.projectId)?.evidenceIds.add(e.id);
  }
  return contexts;
}

function milestoneIsPublic(change: HistoryChange, context: ProjectContext): boolean {
  if (change.id !== undefined) return context.milestoneIds.has(change.id);
  const label = String(change.to ?? change.from ?? '');
  return context.milestoneLabels.some((known) => known !== '' && label.startsWith(known));
}

function publicChange(change: HistoryChange, context: ProjectContext, agreements: Set<string>): HistoryChange | null {
  const { id: _id, ...shown } = change;
  if (STAFF_ONLY_FIELDS.has(change.field)) return null;
  if (change.field === 'health') return context.healthInternal ? null : shown;
  if (change.field === 'milestone') return milestoneIsPublic(change, context) ? shown : null;
  if (change.field === 'evidence') return change.id !== undefined && context.evidenceIds.has(change.id) ? shown : null;
  if (change.field === 'agreements') {
    const only = (list: unknown) => (Array.isArray(list) ? list.filter((code) => agreements.has(String(code))) : list);
    const from = only(change.from);
    const to = only(change.to);
    return JSON.stringify(from) === JSON.stringify(to) ? null : { ...shown, from, to };
  }
  return shown;
}

// The entries as the public may see them, each with only its public changes (possibly none).
export function toPublicHistory<E extends Entry>(entries: E[]): E[] {
  if (entries.length === 0) return entries;
  const contexts = projectContexts([...new Set(entries.map((e) => e.projectId))]);
  const agreements = publicAgreementCodes(mentionedAgreements(entries));
  return entries.map((entry) => {
    const context = contexts.get(entry.projectId);
    const changes = context
      ? entry.changes.map((c) => publicChange(c, context, agreements)).filter((c) => c !== null)
      : [];
    return { ...entry, changes };
  });
}
