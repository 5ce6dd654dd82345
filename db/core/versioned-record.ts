import 'server-only';
import { and, eq, getTableName, sql } from 'drizzle-orm';
import { getDb, preparedStatements } from './client';
import * as t from './schema';
import type { Action, Actor } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import type { FieldErrors } from '@/lib/validation/field-errors';
import { writeTransaction } from './write-transaction';

// One field's change, as a history entry keeps it. `id` names the milestone or evidence file a
// project's change is about, so its visibility can be decided when the entry is read.
export type FieldChange = { field: string; from: unknown; to: unknown; id?: number };

// The pieces every versioned write shares: compare, write only on the expected version,
// refuse by throwing out of the transaction so nothing half-done is kept.

type VersionedTable =
  | typeof t.projects
  | typeof t.agreements
  | typeof t.organizations
  | typeof t.indicators
  | typeof t.events
  | typeof t.milestones;

export type Refusal =
  | { ok: false; status: 'forbidden' }
  | { ok: false; status: 'not_found' }
  | { ok: false; status: 'invalid'; errors: FieldErrors };

export class Refused<R extends { ok: false }> extends Error {
  constructor(readonly result: R) {
    super(`refused: ${(result as { status?: string }).status}`);
  }
}

export const forbidden = (): Refusal => ({ ok: false, status: 'forbidden' });
export const notFound = (): Refusal => ({ ok: false, status: 'not_found' });
export const invalid = (errors: FieldErrors): Refusal => ({ ok: false, status: 'invalid', errors });

// Runs `write` in one transaction; a Refused thrown inside rolls it back and becomes the result.
export function inTransaction<T, R extends { ok: false }>(write: () => T): T | R {
  try {
    return writeTransaction(() => write());
  } catch (error) {
    if (error instanceof Refused) return error.result as R;
    throw error;
  }
}

function normalize(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  return Array.isArray(value) ? [...value].sort() : value;
}

// Each field of `next` whose value differs from `before`, with both values, for the history.
export function diffFields(before: Record<string, unknown>, next: Record<string, unknown>): FieldChange[] {
  return Object.entries(next)
    .filter(
      ([field, value]) =>
        value !== undefined && JSON.stringify(normalize(before[field])) !== JSON.stringify(normalize(value)),
    )
    .map(([field, value]) => ({ field, from: normalize(before[field]), to: normalize(value) }));
}

export function nowIso(): string {
  return new Date().toISOString();
}

// An UPDATE's text depends on the fields a change names, so one statement is prepared per field
// set (and per table) and only run after that: preparing an UPDATE of projects compiles the
// dashboard triggers (migration 0006), and even building its SQL cost more than running it. The
// forms and scripts send a few field sets again and again. A null is written as NULL in the text,
// as drizzle does, since a column's encoder is not meant for null (a boolean's would give 0).
const updateStatements = preparedStatements<{ run: (values: Record<string, unknown>) => { changes: number } }>(256);

// UPDATE … WHERE version = expected: the database itself refuses a write from a stale page.
export function writeIfVersion(
  table: VersionedTable,
  id: number,
  expectedVersion: number,
  set: Record<string, unknown>,
): boolean {
  const target = table as typeof t.projects;
  const fields = Object.keys(set)
    .filter((field) => set[field] !== undefined)
    .sort();
  const key = `${getTableName(target)}:${fields.map((field) => (set[field] === null ? `${field}=null` : field)).join(',')}`;
  const update = updateStatements(key, (db) =>
    db
      .update(target)
      .set({
        ...Object.fromEntries(
          fields.map((field) => [field, set[field] === null ? null : sql.placeholder(`set_${field}`)]),
        ),
        version: sql`${target.version} + 1`,
        updatedAt: sql.placeholder('updatedAt'),
      } as never)
      .where(and(eq(target.id, sql.placeholder('id')), eq(target.version, sql.placeholder('expectedVersion'))))
      .prepare(),
  );
  const values = Object.fromEntries(
    fields.filter((field) => set[field] !== null).map((field) => [`set_${field}`, set[field]]),
  );
  return update.run({ ...values, updatedAt: nowIso(), id, expectedVersion }).changes === 1;
}

// An editor limited to cities may act on records touching one of them, and may only add or
// remove cities of their own: moving a record into another city is that city's editors' call.
export function mayChangeCities(actor: Actor | null, action: Action, before: string[], after: string[]): boolean {
  if (!can(actor, action, { cityCodes: before }) || !can(actor, action, { cityCodes: after })) return false;
  const moved = [...before.filter((c) => !after.includes(c)), ...after.filter((c) => !before.includes(c))];
  return moved.every((code) => can(actor, action, { cityCodes: [code] }));
}

// A new record is placed in cities: all of them must be the caller's.
export function mayCreateIn(actor: Actor | null, action: Action, cityCodes: string[]): boolean {
  return can(actor, action, { cityCodes }) && cityCodes.every((code) => can(actor, action, { cityCodes: [code] }));
}

export function cityIdsByCode(): Map<string, number> {
  return new Map(
    getDb()
      .select({ id: t.cities.id, code: t.cities.code })
      .from(t.cities)
      .all()
      .map((c) => [c.code, c.id]),
  );
}
