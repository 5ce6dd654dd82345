import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { fetchSessionUser } from './session-queries';
import * as t from '@/db/core/schema';
import { insertUser } from './insert-user';
import { hashPassword } from '@/lib/auth/password';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionStillValid } from '@/lib/auth/session-policy';
import { hashToken } from '@/lib/auth/session-token';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MS } from '@/lib/auth/sign-in-throttle';
import { installTestDatabase } from '@/lib/test/test-database';
import { totpCodeAt } from '@/lib/auth/totp';
import { recentFailures } from './login-attempts';
import { createSession, endSession, signIn, completeSignIn } from './session-mutations';

const PASSWORD = 'lantern-quay-2021';
const EMAIL = 'staff@example.test';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let passwordHash: string;
let db: TrackerDb;
let userId: number;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});
beforeEach(() => {
  db = installTestDatabase();
  userId = insertUser(db, {
    email: EMAIL,
    displayName: 'Staff',
    role: 'viewer',
    cityCodes: [],
    passwordHash,
    totpSecret: SECRET,
  })!;
});

const at = (ms: number) => new Date(Date.UTC(2025, 0, 1) + ms);
// The password step alone, and a whole sign-in (password, then the code of that moment).
const attempt = (email: string, password: string, address = '10.0.0.1', now = at(0)) =>
  signIn({ email, password, address, now });
async function signInFully(now: Date, previousToken?: string, address = '10.0.0.1'): Promise<string> {
  const step = await attempt(EMAIL, PASSWORD, address, now);
  if (!step.ok) throw new Error(`password step failed: ${step.reason}`);
  const done = completeSignIn({
    pendingToken: step.pendingToken,
    code: totpCodeAt(SECRET, now),
    address,
    now,
    previousToken,
  });
  if (!done.ok) throw new Error(`code step failed: ${done.reason}`);
  return done.token;
}

describe('session validity', () => {
  it('expires after the idle timeout and after the absolute timeout', () => {
    const start = at(0);
    const session = { lastSeenAt: start.toISOString(), expiresAt: at(SESSION_ABSOLUTE_MS).toISOString() };
    expect(sessionStillValid(session, at(SESSION_IDLE_MS - 1))).toBe(true);
    expect(sessionStillValid(session, at(SESSION_IDLE_MS))).toBe(false);
    const active = { ...session, lastSeenAt: at(SESSION_ABSOLUTE_MS - 1000).toISOString() };
    expect(sessionStillValid(active, at(SESSION_ABSOLUTE_MS - 1))).toBe(true);
    expect(sessionStillValid(active, at(SESSION_ABSOLUTE_MS))).toBe(false);
  });

  it('keeps a session alive while it is used, until the absolute timeout', () => {
    const token = createSession(userId, undefined, at(0));
    for (let ms = SESSION_IDLE_MS / 2; ms < SESSION_ABSOLUTE_MS; ms += SESSION_IDLE_MS / 2) {
      expect(fetchSessionUser(token, at(ms))?.id).toBe(userId);
    }
    expect(fetchSessionUser(token, at(SESSION_ABSOLUTE_MS))).toBeNull();
    // An expired session is deleted, not merely refused.
    expect(db.select().from(t.sessions).all()).toHaveLength(0);
  });

  it('ends an idle session', () => {
    const token = createSession(userId, undefined, at(0));
    expect(fetchSessionUser(token, at(SESSION_IDLE_MS + 1))).toBeNull();
  });

  it('stores only the hash of a token of at least 128 bits', () => {
    const token = createSession(userId, undefined, at(0));
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const stored = db.select().from(t.sessions).get()!;
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
  });
});

describe('sign-in', () => {
  it("issues a new token at every sign-in and ends the browser's previous session", async () => {
    const first = await signInFully(at(0));
    const second = await signInFully(at(60_000), first);
    expect(second).not.toBe(first);
    expect(fetchSessionUser(first, at(61_000))).toBeNull();
    expect(fetchSessionUser(second, at(61_000))?.email).toBe(EMAIL);
  });

  it('matches the email without case or surrounding spaces', async () => {
    expect((await attempt('  Staff@Example.TEST ', PASSWORD)).ok).toBe(true);
  });

  it('gives an unknown email, a wrong password and a disabled account the same answer', async () => {
    expect(await attempt('nobody@example.test', PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt(EMAIL, 'wrong-password-123')).toEqual({ ok: false, reason: 'invalid' });
    db.update(t.users)
      .set({ disabledAt: at(0).toISOString() })
      .where(eq(t.users.id, userId))
      .run();
    expect(await attempt(EMAIL, PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const time = async (email: string) => {
      const start = performance.now();
      for (let i = 0; i < 3; i++) await attempt(email, 'wrong-password-123', `10.1.0.${i}`, at(i));
      return performance.now() - start;
    };
    await time('warm-up@example.test');
    const unknown = await time('nobody@example.test');
    const known = await time(EMAIL);
    // Without the dummy hash an unknown email would answer ~100× faster. The bounds are wide so
    // that a busy machine (CI runs other work beside it) cannot fail the test by chance.
    expect(unknown / known).toBeGreaterThan(0.25);
    expect(unknown / known).toBeLessThan(10);
  });

  it('ends the session on the server at sign-out', async () => {
    const token = await signInFully(at(0));
    endSession(token);
    expect(fetchSessionUser(token, at(1000))).toBeNull();
  });
});

describe('sign-in throttling', () => {
  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, even from many addresses, even with the right password`, async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await attempt(EMAIL, 'wrong-password-123', `10.2.0.${i}`, at(i * 1000))).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    expect(await attempt(EMAIL, PASSWORD, '10.3.0.1', at(10_000))).toEqual({ ok: false, reason: 'throttled' });
    // The window moves on: the owner can sign in again.
    expect((await attempt(EMAIL, PASSWORD, '10.3.0.1', at(THROTTLE_WINDOW_MS + 5000))).ok).toBe(true);
  });

  it('locks an unknown email exactly like a real one', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      await attempt('nobody@example.test', 'wrong-password-123', `10.4.0.${i}`, at(i));
    expect(await attempt('nobody@example.test', 'wrong-password-123', '10.4.1.1', at(100))).toEqual({
      ok: false,
      reason: 'throttled',
    });
  });

  it('clears the account count when its owner completes a sign-in, not at the password alone', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++)
      await attempt(EMAIL, 'wrong-password-123', '10.5.0.1', at(i));
    expect((await attempt(EMAIL, PASSWORD, '10.5.0.1', at(50))).ok).toBe(true);
    expect(recentFailures(EMAIL, '10.5.0.9', at(60)).account).toBe(MAX_FAILURES_PER_ACCOUNT - 1);
    await signInFully(at(100), undefined, '10.5.0.1');
    expect(recentFailures(EMAIL, '10.5.0.9', at(200)).account).toBe(0);
    expect((await attempt(EMAIL, 'wrong-password-123', '10.5.0.1', at(300))).reason).toBe('invalid');
  });

  it(`locks an address after ${MAX_FAILURES_PER_ADDRESS} failures across many accounts`, async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++)
      await attempt(`guess${i}@example.test`, 'wrong-password-123', '10.6.0.1', at(i));
    expect(await attempt(EMAIL, PASSWORD, '10.6.0.1', at(100))).toEqual({ ok: false, reason: 'throttled' });
    expect((await attempt(EMAIL, PASSWORD, '10.6.0.2', at(100))).ok).toBe(true);
  });

  it('does not check the password while locked, so guessing then gains nothing', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await attempt(EMAIL, 'wrong-password-123', '10.7.0.1', at(i));
    const before = db.select().from(t.loginAttempts).all().length;
    expect((await attempt(EMAIL, PASSWORD, '10.7.0.2', at(100))).reason).toBe('throttled');
    expect(db.select().from(t.loginAttempts).all()).toHaveLength(before);
    expect(db.select().from(t.sessions).all()).toHaveLength(0);
  });
});
