import 'server-only';
import { and, count, eq, gt, lt, max, ne, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import * as t from '@/db/schema';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { SESSION_ABSOLUTE_MS } from '@/lib/auth/session-policy';
import { hashToken, newToken } from '@/lib/auth/session-token';
import { normalizeEmail, signInThrottled, THROTTLE_WINDOW_MS, type RecentFailures } from '@/lib/auth/sign-in-throttle';

export type SignInResult =
  | { ok: true; token: string; userId: number }
  // One reason for an unknown email, a wrong password and a disabled account alike.
  | { ok: false; reason: 'invalid' | 'throttled' };

// Attempts older than this are of no use to the throttle and are dropped.
const ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

export function recentFailures(email: string, address: string, now = new Date()): RecentFailures {
  const db = getDb();
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  const lastSuccess = db.select({ at: max(t.loginAttempts.createdAt) }).from(t.loginAttempts)
    .where(and(eq(t.loginAttempts.email, email), eq(t.loginAttempts.succeeded, true))).get()?.at;
  const accountSince = lastSuccess && lastSuccess > windowStart ? lastSuccess : windowStart;
  const failuresWhere = (match: SQL | undefined, since: string) =>
    db.select({ n: count() }).from(t.loginAttempts)
      .where(and(match, eq(t.loginAttempts.succeeded, false), gt(t.loginAttempts.createdAt, since))).get()?.n ?? 0;
  return {
    account: failuresWhere(eq(t.loginAttempts.email, email), accountSince),
    address: failuresWhere(eq(t.loginAttempts.address, address), windowStart),
  };
}

export function recordLoginAttempt(email: string, address: string, succeeded: boolean, now = new Date()): void {
  const db = getDb();
  db.insert(t.loginAttempts).values({ email, address, succeeded, createdAt: now.toISOString() }).run();
  db.delete(t.loginAttempts).where(lt(t.loginAttempts.createdAt, new Date(now.getTime() - ATTEMPT_RETENTION_MS).toISOString())).run();
}

// A new session with a new token at every sign-in (ASVS V3.2.1); the browser's previous session,
// if it sent one, is ended so an old token can never come back to life.
export function createSession(userId: number, previousToken?: string, now = new Date()): string {
  const db = getDb();
  const token = newToken();
  db.transaction((tx) => {
    if (previousToken) tx.delete(t.sessions).where(eq(t.sessions.tokenHash, hashToken(previousToken))).run();
    tx.insert(t.sessions).values({
      tokenHash: hashToken(token), userId, createdAt: now.toISOString(), lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
    }).run();
  });
  return token;
}

type PasswordCheck = { ok: true; user: t.User } | { ok: false; reason: 'invalid' | 'throttled' };

// The one place a password is checked against an account: throttled, timed alike for unknown
// emails, and recorded, whether for signing in or for confirming a sensitive change.
async function checkPassword(email: string, password: string, address: string, now: Date): Promise<PasswordCheck> {
  if (signInThrottled(recentFailures(email, address, now))) return { ok: false, reason: 'throttled' };
  const user = getDb().select().from(t.users).where(eq(t.users.email, email)).get();
  // Always one argon2 verification, so an unknown email answers as slowly as a wrong password.
  const matches = await verifyPassword(user?.passwordHash ?? await dummyPasswordHash(), password);
  const ok = Boolean(user && matches && !user.disabledAt);
  recordLoginAttempt(email, address, ok, now);
  return ok && user ? { ok: true, user } : { ok: false, reason: 'invalid' };
}

export async function signIn(input: { email: string; password: string; address: string; previousToken?: string; now?: Date }): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const checked = await checkPassword(normalizeEmail(input.email), input.password, input.address, now);
  if (!checked.ok) return checked;
  return { ok: true, token: createSession(checked.user.id, input.previousToken, now), userId: checked.user.id };
}

// Asks a signed-in user for their password again before a sensitive change (ASVS 5.0 V7.5).
export async function reauthenticate(actor: { id: number; email: string }, password: string, address: string, now = new Date()): Promise<PasswordCheck> {
  const checked = await checkPassword(actor.email, password, address, now);
  return checked.ok && checked.user.id !== actor.id ? { ok: false, reason: 'invalid' } : checked;
}

// Sign-out ends the session on the server, not only in the browser (ASVS V3.3.1).
export function endSession(token: string): void {
  getDb().delete(t.sessions).where(eq(t.sessions.tokenHash, hashToken(token))).run();
}

// For the user mutations (disable, reset password), which check permission before calling it.
export function endAllSessionsOf(userId: number): void {
  getDb().delete(t.sessions).where(eq(t.sessions.userId, userId)).run();
}

// The user ends every other session of theirs, after confirming their password.
export type ReauthenticatedResult = { ok: true } | { ok: false; reason: 'forbidden' | 'invalid' | 'throttled' };

export async function endOtherSessions(actor: { id: number; email: string } | null, currentToken: string, password: string, address: string): Promise<ReauthenticatedResult> {
  if (!actor) return { ok: false, reason: 'forbidden' };
  const checked = await reauthenticate(actor, password, address);
  if (!checked.ok) return checked;
  getDb().delete(t.sessions).where(and(eq(t.sessions.userId, actor.id), ne(t.sessions.tokenHash, hashToken(currentToken)))).run();
  return { ok: true };
}
