import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import { fetchAgreementProjectCodes, fetchEditableRecord, RECORD_TABLES, type EditableRecord } from './editable';
import { fetchCityCodes } from '@/db/places/queries';
import { fetchProjectByCode } from '@/db/projects/queries';
import * as t from '@/db/core/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import { parseRecord, type RecordKind } from './validation';
import { writeProjectHistory } from '@/db/projects/history';
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

// Agreements, organizations, indicators and events: one set of mutations for all four, since
// they differ only in their columns and in how their cities are stored.

export type RecordConflict = { ok: false; status: 'conflict'; current: EditableRecord };
export type RecordResult = { ok: true; record: EditableRecord } | Refusal | RecordConflict;

type Input = Record<string, unknown> & { cityCodes?: string[]; projectCodes?: string[]; publication?: string };

function writeCities(kind: RecordKind, id: number, cityCodes: string[]): Record<string, unknown> {
  const ids = cityIdsByCode();
  const config = RECORD_TABLES[kind];
  if ('cityColumn' in config) return { [config.cityColumn]: cityCodes[0] ? ids.get(cityCodes[0]) : null };
  getDb().delete(config.link.table).where(eq(config.link.owner, id)).run();
  for (const code of cityCodes)
    getDb()
      .insert(config.link.table)
      .values({ [config.link.ownerKey]: id, cityId: ids.get(code)! } as never)
      .run();
  return {};
}

// Linking an agreement to a project changes the project's record too: the editor must be able
// to update that project, and the project's history and version record the link.
function relinkProjects(actor: Actor, agreement: { id: number; code: string }, next: string[]): void {
  const before = fetchAgreementProjectCodes(agreement.id);
  const touched = [...before.filter((c) => !next.includes(c)), ...next.filter((c) => !before.includes(c))];
  for (const code of touched) {
    const found = fetchProjectByCode('internal', code);
    if (!found) throw new Refused(invalid({ projectCodes: ['unknownProject'] }));
    if (!can(actor, 'update_project', { cityCodes: found.cities.map((c) => c.code) })) throw new Refused(forbidden());
    const agreementsBefore = found.agreements.map((a) => a.code);
    const linking = next.includes(code);
    if (linking)
      getDb().insert(t.agreementProjects).values({ agreementId: agreement.id, projectId: found.project.id }).run();
    else
      getDb()
        .delete(t.agreementProjects)
        .where(
          and(eq(t.agreementProjects.agreementId, agreement.id), eq(t.agreementProjects.projectId, found.project.id)),
        )
        .run();
    const agreementsAfter = linking
      ? [...agreementsBefore, agreement.code]
      : agreementsBefore.filter((c) => c !== agreement.code);
    writeIfVersion(t.projects, found.project.id, found.project.version, {});
    writeProjectHistory({
      projectId: found.project.id,
      userId: actor.id,
      version: found.project.version + 1,
      note: '',
      changes: [{ field: 'agreements', from: agreementsBefore.sort(), to: agreementsAfter.sort() }],
    });
  }
}

function writeRecordHistory(
  kind: RecordKind,
  recordId: number,
  userId: number,
  version: number,
  changes: ReturnType<typeof diffFields>,
): void {
  getDb()
    .insert(t.recordUpdates)
    .values({ recordKind: kind, recordId, userId, version, changes: JSON.stringify(changes) })
    .run();
}

function columnsOf(input: Input): Record<string, unknown> {
  const { cityCodes, projectCodes, code, ...columns } = input;
  void cityCodes;
  void projectCodes;
  void code;
  return columns;
}

export function createRecord(actor: Actor | null, kind: RecordKind, input: unknown): RecordResult {
  if (!actor) return forbidden();
  const parsed = parseRecord(kind, 'create', input, fetchCityCodes());
  if (!parsed.data) return invalid(parsed.errors);
  const data = parsed.data as Input & { code: string };
  const cityCodes = data.cityCodes ?? [];
  if (
    !mayCreateIn(actor, 'edit_record', cityCodes) ||
    (data.publication === 'published' && !can(actor, 'publish_record', { cityCodes }))
  )
    return forbidden();
  return inTransaction<RecordResult, Refusal>(() => {
    const table = RECORD_TABLES[kind].table as typeof t.agreements;
    if (getDb().select({ id: table.id }).from(table).where(eq(table.code, data.code)).get())
      throw new Refused(invalid({ code: ['codeTaken'] }));
    const row = getDb()
      .insert(table)
      .values({
        ...columnsOf(data),
        code: data.code,
        nameEn: data.nameEn ?? '',
        sourceQuote: data.sourceQuote ?? '',
      } as never)
      .returning({ id: table.id })
      .get();
    const cityColumns = writeCities(kind, row.id, cityCodes);
    if (Object.keys(cityColumns).length)
      getDb()
        .update(table)
        .set(cityColumns as never)
        .where(eq(table.id, row.id))
        .run();
    if (kind === 'agreement' && data.projectCodes?.length)
      relinkProjects(actor, { id: row.id, code: data.code }, data.projectCodes);
    writeRecordHistory(kind, row.id, actor.id, 1, diffFields({}, columnsOf(data)));
    return { ok: true, record: fetchEditableRecord(kind, data.code)! };
  });
}

function changeRecord(
  actor: Actor,
  kind: RecordKind,
  code: string,
  expectedVersion: number,
  change: Input,
): RecordResult {
  return inTransaction<RecordResult, Refusal | RecordConflict>(() => {
    const current = fetchEditableRecord(kind, code);
    if (!current) throw new Refused(notFound());
    const publishing = change.publication !== undefined && change.publication !== current.publication;
    if (
      !can(actor, 'edit_record', { cityCodes: current.cityCodes }) ||
      (publishing && !can(actor, 'publish_record', { cityCodes: current.cityCodes }))
    )
      throw new Refused(forbidden());
    if (change.cityCodes && !mayChangeCities(actor, 'edit_record', current.cityCodes, change.cityCodes))
      throw new Refused(forbidden());
    if (current.version !== expectedVersion) throw new Refused({ ok: false, status: 'conflict', current });
    const changes = diffFields(current.state, change);
    if (changes.length === 0) return { ok: true, record: current };
    const cityColumns = change.cityCodes ? writeCities(kind, current.id, change.cityCodes) : {};
    if (
      !writeIfVersion(RECORD_TABLES[kind].table, current.id, expectedVersion, { ...columnsOf(change), ...cityColumns })
    )
      throw new Refused({ ok: false, status: 'conflict', current });
    if (kind === 'agreement' && change.projectCodes) relinkProjects(actor, current, change.projectCodes);
    writeRecordHistory(kind, current.id, actor.id, expectedVersion + 1, changes);
    return { ok: true, record: fetchEditableRecord(kind, code) ?? { ...current, version: expectedVersion + 1 } };
  });
}

export function updateRecord(
  actor: Actor | null,
  kind: RecordKind,
  code: string,
  expectedVersion: number,
  input: unknown,
): RecordResult {
  if (!actor) return forbidden();
  const parsed = parseRecord(kind, 'patch', input, fetchCityCodes());
  if (!parsed.data) return invalid(parsed.errors);
  return changeRecord(actor, kind, code, expectedVersion, parsed.data as Input);
}

// Marked deleted, never removed: links and the record stay for whoever audits it later.
export function deleteRecord(
  actor: Actor | null,
  kind: RecordKind,
  code: string,
  expectedVersion: number,
): RecordResult {
  if (!actor) return forbidden();
  return changeRecord(actor, kind, code, expectedVersion, { deletedAt: nowIso() });
}
