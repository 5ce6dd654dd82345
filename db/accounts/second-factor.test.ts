import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { fetchPendingSignIn, fetchSessionUser } from './session-queries';
import * as t from '@/db/core/schema';
import { insertUser } from './insert-user';
import { hashPassword } from '@/lib/auth/password';
import { PENDING_SIGN_IN_MS } from '@/lib/auth/session-policy';
import { MAX_FAILURES_PER_ACCOUNT } from '@/lib/auth/sign-in-throttle';
import { totpCodeAt } from '@/lib/auth/totp';
import { installTestDatabase } from '@/lib/test/test-database';
import { recentFailures } from './login-attempts';
import { completeSignIn, signIn } from './session-mutations';

// The second step of signing in (TOTP): what a pending sign-in can and cannot do, single use of
// codes, throttling of wrong codes, and enrolment at first sign-in.

const PASSWORD = 'lantern-quay-2021';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const ENROLLED = 'enrolled@example.test';
const NEWCOMER = 'newcomer@example.test';
const ADDRESS = '10.9.0.1';
let passwordHash: string;
let db: TrackerDb;
let enrolledId: number;
let newcomerId: number;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});
beforeEach(() => {
  db = installTestDatabase();
  enrolledId = insertUser(db, {
    email: ENROLLED,
    displayName: 'Enrolled',
    role: 'editor',
    cityCodes: [],
    passwordHash,
    totpSecret: SECRET,
  })!;
  newcomerId = insertUser(db, {
    email: NEWCOMER,
    displayName: 'Newcomer',
    role: 'viewer',
    cityCodes: [],
    passwordHash,
  })!;
});

const at = (ms: number) => new Date(Date.UTC(2025, 0, 1) + ms);
const user = (id: number) => db.select().from(t.users).where(eq(t.users.id, id)).get()!;
async function passwordStep(email: string, now = at(0)) {
  const result = await signIn({ email, password: PASSWORD, address: ADDRESS, now });
  if (!result.ok) throw new Error(result.reason);
  return result;
}
const code = (pendingToken: string, typed: string, now = at(0)) =>
  completeSignIn({ pendingToken, code: typed, address: ADDRESS, now });

describe('pending sign-in', () => {
  it('is what a correct password gives an enrolled user, and it is no session', async () => {
    const { pendingToken, next } = await passwordStep(ENROLLED);
    expect(next).toBe('verify');
    expect(fetchSessionUser(pendingToken, at(1000))).toBeNull();
    expect(fetchPendingSignIn(pendingToken, at(1000))?.userId).toBe(enrolledId);
    // Nor is any full session created until the code.
    expect(
      db
        .select()
        .from(t.sessions)
        .all()
        .every((s) => s.tokenHash.startsWith('pending:')),
    ).toBe(true);
  });

  it('turns into a session with the right code, once', async () => {
    const { pendingToken } = await passwordStep(ENROLLED);
    const done = code(pendingToken, totpCodeAt(SECRET, at(0)));
    expect(done.ok).toBe(true);
    if (done.ok) expect(fetchSessionUser(done.token, at(1000))?.id).toBe(enrolledId);
    expect(fetchPendingSignIn(pendingToken, at(1000))).toBeNull();
    expect(code(pendingToken, totpCodeAt(SECRET, at(30_000)), at(30_000))).toEqual({ ok: false, reason: 'expired' });
  });

  it('expires after five minutes', async () => {
    const { pendingToken } = await passwordStep(ENROLLED);
    const late = at(PENDING_SIGN_IN_MS);
    expect(code(pendingToken, totpCodeAt(SECRET, late), late)).toEqual({ ok: false, reason: 'expired' });
    expect(db.select().from(t.sessions).all()).toHaveLength(0);
  });

  it('ends when the user is disabled meanwhile', async () => {
    const { pendingToken } = await passwordStep(ENROLLED);
    db.update(t.users)
      .set({ disabledAt: at(0).toISOString() })
      .where(eq(t.users.id, enrolledId))
      .run();
    expect(code(pendingToken, totpCodeAt(SECRET, at(0))).ok).toBe(false);
  });
});

describe('codes', () => {
  it('accept the previous and next step, and refuse a code already used, even in a new sign-in', async () => {
    const first = await passwordStep(ENROLLED, at(60_000));
    expect(code(first.pendingToken, totpCodeAt(SECRET, at(30_000)), at(60_000)).ok).toBe(true);
    const second = await passwordStep(ENROLLED, at(61_000));
    // The same code again, and the code of the step before it: both refused.
    expect(code(second.pendingToken, totpCodeAt(SECRET, at(30_000)), at(61_000))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(code(second.pendingToken, totpCodeAt(SECRET, at(0)), at(61_000))).toEqual({ ok: false, reason: 'invalid' });
    expect(code(second.pendingToken, totpCodeAt(SECRET, at(90_000)), at(61_000)).ok).toBe(true);
    expect(user(enrolledId).totpLastStep).toBeGreaterThan(0);
  });

  it('two sign-ins racing with one code: only one wins', async () => {
    const a = await passwordStep(ENROLLED);
    const b = await passwordStep(ENROLLED);
    const now = totpCodeAt(SECRET, at(0));
    expect([code(a.pendingToken, now).ok, code(b.pendingToken, now).ok]).toEqual([true, false]);
  });

  it('count wrong codes toward the account limit, and a correct password does not clear them', async () => {
    const { pendingToken } = await passwordStep(ENROLLED);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++)
      expect(code(pendingToken, '000000', at(i))).toEqual({ ok: false, reason: 'invalid' });
    // The password again (right) does not reset the count that wrong codes built up.
    const again = await passwordStep(ENROLLED, at(100));
    expect(recentFailures(ENROLLED, '10.9.9.9', at(200)).account).toBe(MAX_FAILURES_PER_ACCOUNT - 1);
    expect(code(again.pendingToken, '000000', at(300))).toEqual({ ok: false, reason: 'invalid' });
    // Locked now: even the right code is refused unchecked, and so is the password.
    expect(code(again.pendingToken, totpCodeAt(SECRET, at(400)), at(400))).toEqual({ ok: false, reason: 'throttled' });
    expect(await signIn({ email: ENROLLED, password: PASSWORD, address: '10.9.9.9', now: at(500) })).toEqual({
      ok: false,
      reason: 'throttled',
    });
  });

  it('count a malformed code sent straight to the mutation as a wrong one', async () => {
    const { pendingToken } = await passwordStep(ENROLLED);
    expect(code(pendingToken, '12345')).toEqual({ ok: false, reason: 'invalid' });
    expect(recentFailures(ENROLLED, ADDRESS, at(1)).account).toBe(1);
  });
});

describe('enrolment at first sign-in', () => {
  it('sends a user without a second factor to enrol, with a fresh secret at each password', async () => {
    const first = await passwordStep(NEWCOMER);
    expect(first.next).toBe('enrol');
    const secret = fetchPendingSignIn(first.pendingToken, at(1))?.totpSecret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const second = await passwordStep(NEWCOMER, at(1000));
    const fresh = fetchPendingSignIn(second.pendingToken, at(1001))!;
    expect(fresh.totpSecret).not.toBe(secret);
    expect(fresh.enrolled).toBe(false);
    expect(fetchSessionUser(second.pendingToken, at(1001))).toBeNull();
  });

  it('confirms the second factor with the first correct code and signs in', async () => {
    const { pendingToken } = await passwordStep(NEWCOMER);
    const secret = fetchPendingSignIn(pendingToken, at(1))!.totpSecret!;
    expect(code(pendingToken, '000000', at(2)).ok).toBe(false);
    expect(user(newcomerId).totpEnabledAt).toBeNull();
    const done = code(pendingToken, totpCodeAt(secret, at(3)), at(3));
    expect(done.ok).toBe(true);
    expect(user(newcomerId).totpEnabledAt).not.toBeNull();
    // From now on: verify, with the same secret, no longer shown.
    const later = await passwordStep(NEWCOMER, at(60_000));
    expect(later.next).toBe('verify');
    expect(user(newcomerId).totpSecret).toBe(secret);
  });
});
