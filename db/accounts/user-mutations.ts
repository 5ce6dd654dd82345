import 'server-only';
import { eq, inArray, ne } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { insertUser, replaceUserCities } from './insert-user';
import { hashPassword } from '@/lib/auth/password';
import { can, type Actor } from '@/lib/auth/permissions';
import {
  changePasswordSchema,
  firstFieldErrors,
  newUserSchema,
  resetPasswordSchema,
  userAccessSchema,
  type FieldErrors,
  type NewUserInput,
  type UserAccessInput,
} from '@/lib/auth/user-input';
import { revokeAllApiTokensOf } from './api-token-mutations';
import { createSession, endAllSessionsOf, reauthenticate } from './session-mutations';

// Every function here checks `can(actor, 'manage_users')` itself: a page or action that forgot
// to would still change nothing. Refusals and invalid input write nothing.
export type UserMutationResult<T = object> =
  ({ ok: true } & T) | { ok: false; error: 'forbidden' | 'not_found' | 'self' | 'invalid'; fieldErrors?: FieldErrors };

const FORBIDDEN = { ok: false, error: 'forbidden' } as const;
const NOT_FOUND = { ok: false, error: 'not_found' } as const;
// An admin cannot lock themselves out (demote or disable their own account), so there is
// always at least the acting admin left.
const SELF = { ok: false, error: 'self' } as const;

function invalid(fieldErrors: FieldErrors) {
  return { ok: false, error: 'invalid', fieldErrors } as const;
}

function unknownCityCodes(codes: string[]): string[] {
  if (codes.length === 0) return [];
  const known = new Set(
    getDb()
      .select({ code: t.cities.code })
      .from(t.cities)
      .where(inArray(t.cities.code, codes))
      .all()
      .map((c) => c.code),
  );
  return codes.filter((c) => !known.has(c));
}

// The id comes from a form binding that a direct call can fill with anything: only a real
// integer can name a user (SQLite would match '1' to 1, and an object made the driver throw).
function userExists(userId: number): boolean {
  return (
    Number.isSafeInteger(userId) &&
    Boolean(getDb().select({ id: t.users.id }).from(t.users).where(eq(t.users.id, userId)).get())
  );
}

export async function createUser(
  actor: Actor | null,
  input: NewUserInput,
): Promise<UserMutationResult<{ userId: number }>> {
  if (!can(actor, 'manage_users')) return FORBIDDEN;
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return invalid(firstFieldErrors(parsed.error));
  if (unknownCityCodes(parsed.data.cityCodes).length > 0) return invalid({ cityCodes: 'cityUnknown' });
  const passwordHash = await hashPassword(parsed.data.password);
  const userId = insertUser(getDb(), { ...parsed.data, passwordHash });
  return userId === null ? invalid({ email: 'emailTaken' }) : { ok: true, userId };
}

export function updateUserAccess(actor: Actor | null, userId: number, input: UserAccessInput): UserMutationResult {
  if (!can(actor, 'manage_users')) return FORBIDDEN;
  const parsed = userAccessSchema.safeParse(input);
  if (!parsed.success) return invalid(firstFieldErrors(parsed.error));
  if (!userExists(userId)) return NOT_FOUND;
  if (actor!.id === userId && parsed.data.role !== 'admin') return SELF;
  if (unknownCityCodes(parsed.data.cityCodes).length > 0) return invalid({ cityCodes: 'cityUnknown' });
  const db = getDb();
  db.transaction((tx) => {
    tx.update(t.users)
      .set({ role: parsed.data.role, updatedAt: new Date().toISOString() })
      .where(eq(t.users.id, userId))
      .run();
    replaceUserCities(tx, userId, parsed.data.role === 'editor' ? parsed.data.cityCodes : []);
  });
  return { ok: true };
}

// Disabling ends every session of the user at once (their API tokens stop working too, as
// fetchApiTokenUser refuses disabled users); enabling lets them sign in again.
export function setUserDisabled(actor: Actor | null, userId: number, disabled: boolean): UserMutationResult {
  if (!can(actor, 'manage_users')) return FORBIDDEN;
  if (!userExists(userId)) return NOT_FOUND;
  if (actor!.id === userId && disabled) return SELF;
  const now = new Date().toISOString();
  getDb().transaction((tx) => {
    tx.update(t.users)
      .set({ disabledAt: disabled ? now : null, updatedAt: now })
      .where(eq(t.users.id, userId))
      .run();
    if (disabled) endAllSessionsOf(userId);
  });
  return { ok: true };
}

// Forgetting the second factor makes the user enrol a new one at their next sign-in.
const NO_SECOND_FACTOR = { totpSecret: null, totpEnabledAt: null, totpLastStep: null };

// A reset password ends the user's sessions and API tokens, so whoever knew the old one is
// shut out. It
// resets the second factor too: a reset is how someone who lost their phone gets back in, after
// the admin has made sure who they are (ASVS 5.0 V6.4.4).
export async function resetUserPassword(
  actor: Actor | null,
  userId: number,
  password: string,
): Promise<UserMutationResult> {
  if (!can(actor, 'manage_users')) return FORBIDDEN;
  const parsed = resetPasswordSchema.safeParse({ password });
  if (!parsed.success) return invalid(firstFieldErrors(parsed.error));
  if (!userExists(userId)) return NOT_FOUND;
  const passwordHash = await hashPassword(parsed.data.password);
  getDb().transaction((tx) => {
    tx.update(t.users)
      .set({ passwordHash, ...NO_SECOND_FACTOR, updatedAt: new Date().toISOString() })
      .where(eq(t.users.id, userId))
      .run();
    endAllSessionsOf(userId);
    revokeAllApiTokensOf(userId);
  });
  return { ok: true };
}

// The admin resets only the second factor (a lost or replaced phone): the user keeps their
// password, is signed out everywhere, loses their API tokens, and enrols again at their next
// sign-in.
export function resetUserSecondFactor(actor: Actor | null, userId: number): UserMutationResult {
  if (!can(actor, 'manage_users')) return FORBIDDEN;
  if (!userExists(userId)) return NOT_FOUND;
  getDb().transaction((tx) => {
    tx.update(t.users)
      .set({ ...NO_SECOND_FACTOR, updatedAt: new Date().toISOString() })
      .where(eq(t.users.id, userId))
      .run();
    endAllSessionsOf(userId);
    revokeAllApiTokensOf(userId);
  });
  return { ok: true };
}

// An admin ends one user's sessions at once (ASVS 5.0 V7.4.5), or everyone's but their own.
export function endUserSessions(actor: Actor | null, userId: number): UserMutationResult {
  if (!can(actor, 'manage_users')) return FORBIDDEN;
  if (!userExists(userId)) return NOT_FOUND;
  endAllSessionsOf(userId);
  return { ok: true };
}

export function endEveryoneElsesSessions(actor: Actor | null): UserMutationResult {
  if (!can(actor, 'manage_users')) return FORBIDDEN;
  getDb().delete(t.sessions).where(ne(t.sessions.userId, actor!.id)).run();
  return { ok: true };
}

// Any signed-in user changes their own password by giving the current one. Every session and
// API token of theirs ends, and this browser gets a new session: the returned token.
export async function changeOwnPassword(
  actor: (Actor & { email: string }) | null,
  input: { currentPassword: string; newPassword: string; address: string },
): Promise<UserMutationResult<{ token: string }> | { ok: false; error: 'throttled' }> {
  if (!actor) return FORBIDDEN;
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(firstFieldErrors(parsed.error));
  const checked = await reauthenticate(actor, input.currentPassword, input.address);
  if (!checked.ok)
    return checked.reason === 'throttled'
      ? { ok: false, error: 'throttled' }
      : invalid({ currentPassword: 'currentWrong' });
  const passwordHash = await hashPassword(parsed.data.newPassword);
  return getDb().transaction((tx) => {
    tx.update(t.users).set({ passwordHash, updatedAt: new Date().toISOString() }).where(eq(t.users.id, actor.id)).run();
    endAllSessionsOf(actor.id);
    revokeAllApiTokensOf(actor.id);
    return { ok: true, token: createSession(actor.id) } as const;
  });
}
