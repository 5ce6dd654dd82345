import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import { fetchCityCodes } from '@/db/places/queries';
import { fetchProjectByCode, withFreshProjectRow, type ProjectRecord } from './queries';
import * as t from '@/db/core/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import type { CheckedEvidence } from '@/db/evidence/check';
import { discardEvidence, storeEvidence } from '@/db/evidence/store';
import { toFieldErrors } from '@/lib/validation/field-errors';
import {
  dateOrderErrors,
  mergeFieldErrors,
  noteSchema,
  parseProjectCreate,
  parseProjectPatch,
  type ProjectPatch,
} from './validation';
import { commitInGroup } from '@/db/core/group-commit';
import { projectConflict, writeProjectHistory, type ProjectConflict } from './history';
import { NOTHING_SCHEDULED, withReason, withScheduleRules } from './schedule-write';
import {
  cityIdsByCode,
  diffFields,
  forbidden,
  inTransaction,
  invalid,
  mayChangeCities,
  mayCreateIn,
  notFound,
  nowIso,
  Refused,
  writeIfVersion,
  type Refusal,
} from '@/db/core/versioned-record';

// `fields`: what the history entry says changed (none when nothing did), for what to expire.
export type ProjectResult = { ok: true; record: ProjectRecord; fields: string[] } | Refusal | ProjectConflict;
type Change = ProjectPatch & { deletedAt?: string };

// How a change finds its project inside the write's transaction: read afresh, or (a batch) from
// records read together at the batch's start, in the same transaction.
export type ProjectLookup = (code: string) => ProjectRecord | null;
const readProject: ProjectLookup = (code) => fetchProjectByCode('internal', code);

function projectState(found: ProjectRecord): Record<string, unknown> {
  return { ...found.project, cityCodes: found.cities.map((c) => c.code) };
}

function replaceCities(projectId: number, cityCodes: string[]): void {
  const ids = cityIdsByCode();
  const db = getDb();
  db.delete(t.projectCities).where(eq(t.projectCities.projectId, projectId)).run();
  for (const code of cityCodes)
    db.insert(t.projectCities)
      .values({ projectId, cityId: ids.get(code)! })
      .run();
}

function saveEvidence(
  projectId: number,
  updateId: number,
  userId: number,
  files: CheckedEvidence[],
  storedNames: string[],
): void {
  files.forEach((file, i) =>
    getDb()
      .insert(t.attachments)
      .values({
        projectId,
        updateId,
        fileName: file.fileName,
        storedName: storedNames[i],
        mimeType: file.mime,
        sizeBytes: file.bytes.byteLength,
        uploadedBy: userId,
      })
      .run(),
  );
}

function evidenceCount(projectId: number): number {
  return getDb()
    .select({ id: t.attachments.id })
    .from(t.attachments)
    .where(eq(t.attachments.projectId, projectId))
    .all().length;
}

// The one path every project change takes: permission against the project's cities (and any
// it moves to), version check, the write, the version bump and the history entry, together.
function changeProject(
  actor: Actor,
  code: string,
  expectedVersion: number,
  change: Change,
  note: string,
  files: CheckedEvidence[],
  storedNames: string[],
  lookup = readProject,
): ProjectResult {
  return inTransaction<ProjectResult, Refusal | ProjectConflict>(() => {
    const found = lookup(code);
    if (!found) throw new Refused(notFound());
    const before = projectState(found);
    const beforeCities = before.cityCodes as string[];
    const action =
      change.publication !== undefined && change.publication !== found.project.publication
        ? 'publish_record'
        : 'update_project';
    if (!can(actor, 'update_project', { cityCodes: beforeCities }) || !can(actor, action, { cityCodes: beforeCities }))
      throw new Refused(forbidden());
    if (change.cityCodes && !mayChangeCities(actor, 'update_project', beforeCities, change.cityCodes))
      throw new Refused(forbidden());
    if (found.project.version !== expectedVersion)
      throw new Refused(projectConflict(code, found.project.id, expectedVersion));
    const dateErrors = mergeFieldErrors(dateOrderErrors({ ...found.project, ...change }));
    if (dateErrors) throw new Refused(invalid(dateErrors));
    const scheduled = withScheduleRules(actor, found.project, change);

    const changes = withReason(diffFields(before, scheduled.change), scheduled.reasonChange);
    if (files.length)
      changes.push({
        field: 'attachments',
        from: evidenceCount(found.project.id),
        to: evidenceCount(found.project.id) + files.length,
      });
    if (changes.length === 0) return { ok: true, record: found, fields: [] };
    const { cityCodes, ...columns } = scheduled.change;
    if (!writeIfVersion(t.projects, found.project.id, expectedVersion, columns))
      throw new Refused(projectConflict(code, found.project.id, expectedVersion));
    if (cityCodes && changes.some((c) => c.field === 'cityCodes')) replaceCities(found.project.id, cityCodes);
    const updateId = writeProjectHistory({
      projectId: found.project.id,
      userId: actor.id,
      version: expectedVersion + 1,
      changes,
      note,
    });
    saveEvidence(found.project.id, updateId, actor.id, files, storedNames);
    const after = cityCodes ? fetchProjectByCode('internal', code) : withFreshProjectRow('internal', found);
    return {
      ok: true,
      fields: changes.map((c) => c.field),
      record: after ?? {
        ...found,
        project: { ...found.project, deletedAt: change.deletedAt ?? null, version: expectedVersion + 1 },
      },
    };
  });
}

async function withEvidence(
  files: CheckedEvidence[],
  write: (storedNames: string[]) => ProjectResult,
): Promise<ProjectResult> {
  const storedNames = await storeEvidence(files);
  const result = await commitInGroup(() => write(storedNames));
  if (!result.ok) await discardEvidence(storedNames);
  return result;
}

function parseChange(input: unknown, note: unknown): { patch: ProjectPatch; note: string } | Refusal {
  const parsed = parseProjectPatch(input, fetchCityCodes);
  const parsedNote = noteSchema.safeParse(note);
  const errors = mergeFieldErrors(
    parsed.errors ?? {},
    parsedNote.success ? {} : toFieldErrors(parsedNote.error, 'note'),
  );
  if (errors || !parsed.data || !parsedNote.success) return invalid(errors ?? {});
  return { patch: parsed.data, note: parsedNote.data };
}

// Stage, health, progress, dates, verification, notes, cities, publication: anything a staff
// member changes on a project, with the note saying why. `input` is checked here, whoever calls.
export async function updateProject(
  actor: Actor | null,
  code: string,
  expectedVersion: number,
  input: unknown,
  note: unknown,
  files: CheckedEvidence[] = [],
): Promise<ProjectResult> {
  if (!actor) return forbidden();
  const parsed = parseChange(input, note);
  if ('ok' in parsed) return parsed;
  return withEvidence(files, (stored) =>
    changeProject(actor, code, expectedVersion, parsed.patch, parsed.note, files, stored),
  );
}

// The same change without evidence, for callers already inside a transaction (the CSV import,
// a batch).
export function updateProjectFields(
  actor: Actor | null,
  code: string,
  expectedVersion: number,
  input: unknown,
  note: unknown,
  lookup = readProject,
): ProjectResult {
  if (!actor) return forbidden();
  const parsed = parseChange(input, note);
  if ('ok' in parsed) return parsed;
  return changeProject(actor, code, expectedVersion, parsed.patch, parsed.note, [], [], lookup);
}

export async function setProjectPublication(
  actor: Actor | null,
  code: string,
  expectedVersion: number,
  publication: 'draft' | 'published',
  note: unknown,
): Promise<ProjectResult> {
  return updateProject(actor, code, expectedVersion, { publication }, note);
}

// Deleting only marks the project: its history stays, and it leaves every list and the API.
export function deleteProject(
  actor: Actor | null,
  code: string,
  expectedVersion: number,
  note: unknown,
): ProjectResult {
  if (!actor) return forbidden();
  const parsedNote = noteSchema.safeParse(note);
  if (!parsedNote.success) return invalid({ note: ['noteRequired'] });
  return changeProject(actor, code, expectedVersion, { deletedAt: nowIso() }, parsedNote.data, [], []);
}

// The note is optional here (a new record explains itself), but when given it is checked like
// any other: a number or a megabyte of text sent as the note is refused, not dropped or stored.
export function createProject(actor: Actor | null, input: unknown, note: unknown = ''): ProjectResult {
  if (!actor) return forbidden();
  const parsed = parseProjectCreate(input, fetchCityCodes());
  const parsedNote =
    typeof note === 'string' && note.trim() === '' ? { success: true as const, data: '' } : noteSchema.safeParse(note);
  if (!parsed.data || !parsedNote.success)
    return invalid(
      mergeFieldErrors(parsed.errors ?? {}, parsedNote.success ? {} : toFieldErrors(parsedNote.error, 'note')) ?? {},
    );
  const { cityCodes } = parsed.data;
  const publishes = parsed.data.publication === 'published';
  if (!mayCreateIn(actor, 'create_project', cityCodes) || (publishes && !can(actor, 'publish_record', { cityCodes })))
    return forbidden();
  return inTransaction<ProjectResult, Refusal>(() => {
    const db = getDb();
    const scheduled = withScheduleRules(actor, NOTHING_SCHEDULED, parsed.data);
    const { cityCodes: _cities, ...columns } = scheduled.change;
    if (db.select({ id: t.projects.id }).from(t.projects).where(eq(t.projects.code, columns.code)).get())
      throw new Refused(invalid({ code: ['codeTaken'] }));
    const row = db
      .insert(t.projects)
      // Stamped by the app's clock, as every change is, so the tallies date it like its history.
      .values({
        ...columns,
        nameEn: columns.nameEn ?? '',
        sourceQuote: columns.sourceQuote ?? '',
        createdAt: nowIso(),
        updatedAt: nowIso(),
      })
      .returning()
      .get();
    replaceCities(row.id, cityCodes);
    const changes = withReason(diffFields({}, { ...scheduled.change, code: undefined }), scheduled.reasonChange);
    writeProjectHistory({ projectId: row.id, userId: actor.id, version: 1, changes, note: parsedNote.data });
    return { ok: true, record: fetchProjectByCode('internal', row.code)!, fields: changes.map((c) => c.field) };
  });
}
