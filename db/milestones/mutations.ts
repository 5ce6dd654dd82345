import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import { milestoneLabel } from './public-view';
import { fetchProjectByCode } from '@/db/projects/queries';
import * as t from '@/db/core/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import { toFieldErrors } from '@/lib/validation/field-errors';
import { milestoneCreateSchema, milestonePublicationSchema, milestoneStatusSchema } from './validation';
import { writeProjectHistory } from '@/db/projects/history';
import {
  forbidden,
  inTransaction,
  invalid,
  notFound,
  Refused,
  writeIfVersion,
  type Refusal,
} from '@/db/core/versioned-record';

export type MilestoneResult = { ok: true; id: number } | Refusal | { ok: false; status: 'conflict' };

// Milestones belong to a project: the project's cities decide who may touch them, and each
// change is written to the project's history. They don't bump the project's version, so adding
// a milestone never makes a colleague's open project form stale.
function editableProject(
  actor: Actor,
  projectId: number,
  action: 'update_project' | 'publish_record' = 'update_project',
) {
  const code = getDb()
    .select({ code: t.projects.code })
    .from(t.projects)
    .where(eq(t.projects.id, projectId))
    .get()?.code;
  const found = code ? fetchProjectByCode('internal', code) : null;
  if (!found) throw new Refused(notFound());
  if (!can(actor, action, { cityCodes: found.cities.map((c) => c.code) })) throw new Refused(forbidden());
  return found.project;
}

const label = milestoneLabel;

export function addMilestone(actor: Actor | null, projectCode: string, input: unknown): MilestoneResult {
  if (!actor) return forbidden();
  const parsed = milestoneCreateSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  return inTransaction<MilestoneResult, Refusal>(() => {
    const projectId = getDb()
      .select({ id: t.projects.id })
      .from(t.projects)
      .where(and(eq(t.projects.code, projectCode), isNull(t.projects.deletedAt)))
      .get()?.id;
    if (!projectId) throw new Refused(notFound());
    const project = editableProject(actor, projectId);
    const row = getDb()
      .insert(t.milestones)
      // The date first given is the milestone's baseline; plannedOn may move later, this stays.
      .values({ ...parsed.data, projectId, titleEn: parsed.data.titleEn ?? '', baselineOn: parsed.data.plannedOn })
      .returning({ id: t.milestones.id })
      .get();
    writeProjectHistory({
      projectId,
      userId: actor.id,
      version: project.version,
      changes: [{ field: 'milestone', id: row.id, from: null, to: label(parsed.data) }],
      note: '',
    });
    return { ok: true, id: row.id };
  });
}

// One field of a milestone (its status or its publication), changed at the version the editor
// saw, with a history entry on its project that names the milestone and the change.
function changeMilestone<K extends 'status' | 'publication'>(
  actor: Actor,
  milestoneId: number,
  expectedVersion: number,
  field: K,
  change: { [F in K]: string } & Record<string, unknown>,
  action: 'update_project' | 'publish_record',
): MilestoneResult {
  return inTransaction<MilestoneResult, Refusal | { ok: false; status: 'conflict' }>(() => {
    const milestone = getDb()
      .select()
      .from(t.milestones)
      .where(and(eq(t.milestones.id, milestoneId), isNull(t.milestones.deletedAt)))
      .get();
    if (!milestone) throw new Refused(notFound());
    const project = editableProject(actor, milestone.projectId, action);
    const conflict = new Refused<{ ok: false; status: 'conflict' }>({ ok: false, status: 'conflict' });
    // A page that is behind is told so, even when what it asks for is already the case.
    if (milestone.version !== expectedVersion) throw conflict;
    if (milestone[field] === change[field]) return { ok: true, id: milestone.id };
    if (!writeIfVersion(t.milestones, milestone.id, expectedVersion, change)) throw conflict;
    const at = (value: string) => `${label(milestone)}: ${value}`;
    writeProjectHistory({
      projectId: milestone.projectId,
      userId: actor.id,
      version: project.version,
      note: '',
      changes: [
        { field: 'milestone', id: milestone.id, from: at(String(milestone[field])), to: at(String(change[field])) },
      ],
    });
    return { ok: true, id: milestone.id };
  });
}

export function setMilestoneStatus(
  actor: Actor | null,
  milestoneId: number,
  expectedVersion: number,
  input: unknown,
): MilestoneResult {
  if (!actor) return forbidden();
  const parsed = milestoneStatusSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  return changeMilestone(actor, milestoneId, expectedVersion, 'status', parsed.data, 'update_project');
}

// Milestones are added as drafts; publishing one shows it on the dashboard's timeline and its
// title in the project's public history (db/history/public-view.ts).
export function setMilestonePublication(
  actor: Actor | null,
  milestoneId: number,
  expectedVersion: number,
  input: unknown,
): MilestoneResult {
  if (!actor) return forbidden();
  const parsed = milestonePublicationSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  return changeMilestone(actor, milestoneId, expectedVersion, 'publication', parsed.data, 'publish_record');
}
