import 'server-only';
import { and, count, eq, gt, lt, max, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { signInThrottled, THROTTLE_WINDOW_MS, type RecentFailures } from '@/lib/auth/sign-in-throttle';

// Attempts older than this are of no use to the throttle and are dropped.
const ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

export function recentFailures(email: string, address: string, now = new Date()): RecentFailures {
  const db = getDb();
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  const lastSuccess = db
    .select({ at: max(t.loginAttempts.createdAt) })
    .from(t.loginAttempts)
    .where(and(eq(t.loginAttempts.email, email), eq(t.loginAttempts.succeeded, true)))
    .get()?.at;
  const accountSince = lastSuccess && lastSuccess > windowStart ? lastSuccess : windowStart;
  const failuresWhere = (match: SQL | undefined, since: string) =>
    db
      .select({ n: count() })
      .from(t.loginAttempts)
      .where(and(match, eq(t.loginAttempts.succeeded, false), gt(t.loginAttempts.createdAt, since)))
      .get()?.n ?? 0;
  return {
    account: failuresWhere(eq(t.loginAttempts.email, email), accountSince),
    address: failuresWhere(eq(t.loginAttempts.address, address), windowStart),
  };
}

// An attempt is counted as a failure before its password or code is checked, in the same
// immediate transaction as the throttle check: checking is slow (argon2) and asynchronous, so
// counting only afterwards let a burst of concurrent guesses all pass the check before the
// first was counted. Returns the attempt to settle, or null when locked (nothing recorded, so
// hammering a locked account does not extend the lock).
export function reserveLoginAttempt(email: string, address: string, now = new Date()): number | null {
  return getDb().transaction(
    (tx) => {
      if (signInThrottled(recentFailures(email, address, now))) return null;
      const retainedSince = new Date(now.getTime() - ATTEMPT_RETENTION_MS).toISOString();
      tx.delete(t.loginAttempts).where(lt(t.loginAttempts.createdAt, retainedSince)).run();
      return tx
        .insert(t.loginAttempts)
        .values({ email, address, succeeded: false, createdAt: now.toISOString() })
        .returning({ id: t.loginAttempts.id })
        .get().id;
    },
    { behavior: 'immediate' },
  );
}

// A failure stays as reserved. A completed sign-in becomes a success, which clears the account's
// count; a correct password that does not complete one (the first of two steps) is forgotten,
// so it clears nothing.
export function settleLoginAttempt(attemptId: number, outcome: 'failed' | 'succeeded' | 'forgotten'): void {
  const db = getDb();
  const row = eq(t.loginAttempts.id, attemptId);
  if (outcome === 'succeeded') db.update(t.loginAttempts).set({ succeeded: true }).where(row).run();
  if (outcome === 'forgotten') db.delete(t.loginAttempts).where(row).run();
}
