import 'server-only';
import { and, count, eq, gt, lt, max, type SQL } from 'drizzle-orm';
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

export async function signIn(input: { email: string; password: string; address: string; previousToken?: string; now?: Date }): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = normalizeEmail(input.email);
  if (signInThrottled(recentFailures(email, input.address, now))) return { ok: false, reason: 'throttled' };
  const user = getDb().select().from(t.users).where(eq(t.users.email, email)).get();
  // Always one argon2 verification, so an unknown email answers as slowly as a wrong password.
  const matches = await verifyPassword(user?.passwordHash ?? await dummyPasswordHash(), input.password);
  const ok = Boolean(user && matches && !user.disabledAt);
  recordLoginAttempt(email, input.address, ok, now);
  if (!ok || !user) return { ok: false, reason: 'invalid' };
  return { ok: true, token: createSession(user.id, input.previousToken, now), userId: user.id };
}

// Sign-out ends the session on the server, not only in the browser (ASVS V3.3.1).
export function endSession(token: string): void {
  getDb().delete(t.sessions).where(eq(t.sessions.tokenHash, hashToken(token))).run();
}

// For the user mutations (disable, reset password), which check permission before calling it.
export function endAllSessionsOf(userId: number): void {
  getDb().delete(t.sessions).where(eq(t.sessions.userId, userId)).run();
}
