import 'server-only';
import { and, eq, isNull, like, lt, ne, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { fetchPendingSignIn } from './session-queries';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { PENDING_SIGN_IN_MS, SESSION_ABSOLUTE_MS } from '@/lib/auth/session-policy';
import { hashPendingToken, hashToken, newToken, PENDING_HASH_PREFIX } from '@/lib/auth/session-token';
import { normalizeEmail } from '@/lib/auth/sign-in-throttle';
import { acceptedTotpStep, newTotpSecret } from '@/lib/auth/totp';
import { reserveLoginAttempt, settleLoginAttempt } from './login-attempts';

// A new session with a new token at every sign-in (ASVS V3.2.1); the browser's previous session,
// if it sent one, is ended so an old token can never come back to life.
export function createSession(userId: number, previousToken?: string, now = new Date()): string {
  const db = getDb();
  const token = newToken();
  db.transaction((tx) => {
    if (previousToken)
      tx.delete(t.sessions)
        .where(eq(t.sessions.tokenHash, hashToken(previousToken)))
        .run();
    tx.insert(t.sessions)
      .values({
        tokenHash: hashToken(token),
        userId,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
      })
      .run();
  });
  return token;
}

type PasswordCheck = { ok: true; user: t.User } | { ok: false; reason: 'invalid' | 'throttled' };

// The one place a password is checked against an account: throttled and timed alike for unknown
// emails. The attempt counts as a failure from before the check (reserveLoginAttempt); a correct
// password settles it as a success only when `success` says it completes an authentication — a
// password alone does not finish signing in, so it must not clear the account's failure count
// that wrong second-factor codes add to.
async function checkPassword(
  email: string,
  password: string,
  address: string,
  now: Date,
  success: 'record' | 'skip',
): Promise<PasswordCheck> {
  const attemptId = reserveLoginAttempt(email, address, now);
  if (attemptId === null) return { ok: false, reason: 'throttled' };
  const user = getDb().select().from(t.users).where(eq(t.users.email, email)).get();
  // Always one argon2 verification, so an unknown email answers as slowly as a wrong password.
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const ok = Boolean(user && matches && !user.disabledAt);
  settleLoginAttempt(attemptId, !ok ? 'failed' : success === 'record' ? 'succeeded' : 'forgotten');
  return ok && user ? { ok: true, user } : { ok: false, reason: 'invalid' };
}

export type PasswordStepResult =
  { ok: true; pendingToken: string; next: 'verify' | 'enrol' } | { ok: false; reason: 'invalid' | 'throttled' };

// Step one of signing in: the password. It never gives a session, only a pending sign-in that
// lasts five minutes and is good for nothing but step two (completeSignIn). A user without a
// confirmed second factor gets a fresh secret to enrol with, so an abandoned enrolment's secret,
// perhaps seen by someone else, is never the one that ends up protecting the account.
export async function signIn(input: {
  email: string;
  password: string;
  address: string;
  previousPendingToken?: string;
  now?: Date;
}): Promise<PasswordStepResult> {
  const now = input.now ?? new Date();
  const checked = await checkPassword(normalizeEmail(input.email), input.password, input.address, now, 'skip');
  if (!checked.ok) return checked;
  const { user } = checked;
  const pendingToken = newToken();
  getDb().transaction(
    (tx) => {
      if (!user.totpEnabledAt)
        tx.update(t.users)
          .set({ totpSecret: newTotpSecret(), totpLastStep: null })
          .where(eq(t.users.id, user.id))
          .run();
      tx.delete(t.sessions)
        .where(
          and(
            eq(t.sessions.userId, user.id),
            like(t.sessions.tokenHash, `${PENDING_HASH_PREFIX}%`),
            lt(t.sessions.expiresAt, now.toISOString()),
          ),
        )
        .run();
      if (input.previousPendingToken)
        tx.delete(t.sessions)
          .where(eq(t.sessions.tokenHash, hashPendingToken(input.previousPendingToken)))
          .run();
      tx.insert(t.sessions)
        .values({
          tokenHash: hashPendingToken(pendingToken),
          userId: user.id,
          createdAt: now.toISOString(),
          lastSeenAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + PENDING_SIGN_IN_MS).toISOString(),
        })
        .run();
    },
    { behavior: 'immediate' },
  );
  return { ok: true, pendingToken, next: user.totpEnabledAt ? 'verify' : 'enrol' };
}

export type SignInResult =
  { ok: true; token: string; userId: number } | { ok: false; reason: 'invalid' | 'throttled' | 'expired' };

// Step two: the code from the authenticator app, for a pending sign-in. A wrong code counts
// toward the same per-account and per-address limits as a wrong password. The first correct code
// of an enrolling user confirms their second factor. Each code is accepted once: the step is
// stored with a conditional update, so two requests racing with one code cannot both win.
export function completeSignIn(input: {
  pendingToken: string;
  code: string;
  address: string;
  previousToken?: string;
  now?: Date;
}): SignInResult {
  const now = input.now ?? new Date();
  const db = getDb();
  const pending = fetchPendingSignIn(input.pendingToken, now);
  if (!pending) return { ok: false, reason: 'expired' };
  const { userId, email, totpSecret, totpLastStep } = pending;
  const attemptId = reserveLoginAttempt(email, input.address, now);
  if (attemptId === null) return { ok: false, reason: 'throttled' };
  const step = totpSecret ? acceptedTotpStep(totpSecret, input.code, totpLastStep, now) : null;
  const stored =
    step !== null &&
    db.transaction(
      (tx) => {
        const claimed = tx
          .update(t.users)
          .set({ totpLastStep: step, totpEnabledAt: sql`coalesce(${t.users.totpEnabledAt}, ${now.toISOString()})` })
          .where(and(eq(t.users.id, userId), or(isNull(t.users.totpLastStep), lt(t.users.totpLastStep, step))))
          .run();
        if (claimed.changes === 0) return false;
        tx.delete(t.sessions)
          .where(eq(t.sessions.tokenHash, hashPendingToken(input.pendingToken)))
          .run();
        return true;
      },
      { behavior: 'immediate' },
    );
  settleLoginAttempt(attemptId, stored ? 'succeeded' : 'failed');
  if (!stored) return { ok: false, reason: 'invalid' };
  return { ok: true, token: createSession(userId, input.previousToken, now), userId };
}

// Asks a signed-in user for their password again before a sensitive change (ASVS 5.0 V7.5).
export async function reauthenticate(
  actor: { id: number; email: string },
  password: string,
  address: string,
  now = new Date(),
): Promise<PasswordCheck> {
  const checked = await checkPassword(actor.email, password, address, now, 'record');
  return checked.ok && checked.user.id !== actor.id ? { ok: false, reason: 'invalid' } : checked;
}

// Sign-out ends the session on the server, not only in the browser (ASVS V3.3.1).
export function endSession(token: string): void {
  getDb()
    .delete(t.sessions)
    .where(eq(t.sessions.tokenHash, hashToken(token)))
    .run();
}

// For the user mutations (disable, reset password), which check permission before calling it.
export function endAllSessionsOf(userId: number): void {
  getDb().delete(t.sessions).where(eq(t.sessions.userId, userId)).run();
}

// The user ends every other session of theirs, after confirming their password.
export type ReauthenticatedResult = { ok: true } | { ok: false; reason: 'forbidden' | 'invalid' | 'throttled' };

export async function endOtherSessions(
  actor: { id: number; email: string } | null,
  currentToken: string,
  password: string,
  address: string,
): Promise<ReauthenticatedResult> {
  if (!actor) return { ok: false, reason: 'forbidden' };
  const checked = await reauthenticate(actor, password, address);
  if (!checked.ok) return checked;
  getDb()
    .delete(t.sessions)
    .where(and(eq(t.sessions.userId, actor.id), ne(t.sessions.tokenHash, hashToken(currentToken))))
    .run();
  return { ok: true };
}
