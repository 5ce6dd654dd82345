import 'server-only';
import type { Statement } from 'better-sqlite3';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, preparedStatements } from '@/db/client';
import * as t from '@/db/schema';
import type { ProjectChange } from '@/db/queries/projects';
import type { Action, Actor } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import type { FieldErrors } from '@/lib/validation/field-errors';
import { writeTransaction } from './write-transaction';

// The pieces every versioned write shares: compare, write only on the expected version,
// refuse by throwing out of the transaction so nothing half-done is kept.

type VersionedTable = typeof t.projects | typeof t.agreements | typeof t.organizations | typeof t.indicators | typeof t.events | typeof t.milestones;

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
export function diffFields(before: Record<string, unknown>, next: Record<string, unknown>): ProjectChange[] {
  return Object.entries(next)
    .filter(([field, value]) => value !== undefined && JSON.stringify(normalize(before[field])) !== JSON.stringify(normalize(value)))
    .map(([field, value]) => ({ field, from: normalize(before[field]), to: normalize(value) }));
}

export function nowIso(): string {
  return new Date().toISOString();
}

// An UPDATE's text depends on the fields a change names, so these are prepared per distinct
// text: preparing an UPDATE of projects compiles the dashboard triggers (migration 0006), which
// costs more than running it. The forms and scripts send a few field sets again and again.
const updateStatements = preparedStatements<Statement>(256);

// UPDATE … WHERE version = expected: the database itself refuses a write from a stale page.
export function writeIfVersion(table: VersionedTable, id: number, expectedVersion: number, set: Record<string, unknown>): boolean {
  const target = table as typeof t.projects;
  const update = getDb().update(target).set({ ...set, version: sql`${target.version} + 1`, updatedAt: nowIso() } as never)
    .where(and(eq(target.id, id), eq(target.version, expectedVersion)));
  const query = update.toSQL();
  return updateStatements(query.sql, (db) => db.$client.prepare(query.sql)).run(...query.params).changes === 1;
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
  return new Map(getDb().select({ id: t.cities.id, code: t.cities.code }).from(t.cities).all().map((c) => [c.code, c.id]));
}
