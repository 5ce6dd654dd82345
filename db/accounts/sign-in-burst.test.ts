import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertUser } from './insert-user';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from '@/lib/auth/sign-in-throttle';
import { installTestDatabase } from '@/lib/test/test-database';
import { reauthenticate, signIn } from './session-mutations';

// Counts the password checks that reach argon2, so a test can see how many attempts of a burst
// got past the throttle (the limits mean nothing if every attempt is checked before any counts).
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/password')>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

const PASSWORD = 'lantern-quay-2021';
const EMAIL = 'staff@example.test';
const BURST = 40;
let passwordHash: string;
let userId: number;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});
beforeEach(() => {
  const db = installTestDatabase();
  userId = insertUser(db, { email: EMAIL, displayName: 'Staff', role: 'viewer', cityCodes: [], passwordHash })!;
  vi.mocked(verifyPassword).mockClear();
});

const attempt = (email: string, password: string, address: string) => signIn({ email, password, address });
const wrong = (i: number) => `wrong-password-${i}`;

describe('a burst of concurrent sign-ins', () => {
  it(`lets at most ${MAX_FAILURES_PER_ACCOUNT} wrong passwords for one account reach the hash`, async () => {
    const guesses = Array.from({ length: BURST }, (_, i) => attempt(EMAIL, wrong(i), `10.20.${i}.1`));
    const correct = attempt(EMAIL, PASSWORD, '10.21.0.1');
    const results = await Promise.all(guesses);
    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(await correct).toEqual({ ok: false, reason: 'throttled' });
    expect(await attempt(EMAIL, PASSWORD, '10.21.0.2')).toEqual({ ok: false, reason: 'throttled' });
  });

  it(`lets at most ${MAX_FAILURES_PER_ADDRESS} wrong passwords from one address reach the hash`, async () => {
    const guesses = Array.from({ length: BURST }, (_, i) => attempt(`guess${i}@example.test`, wrong(i), '10.22.0.1'));
    const correct = attempt(EMAIL, PASSWORD, '10.22.0.1');
    await Promise.all(guesses);
    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(MAX_FAILURES_PER_ADDRESS);
    expect(await correct).toEqual({ ok: false, reason: 'throttled' });
  });

  it('counts a burst of re-authentications by a signed-in user the same way', async () => {
    const me = { id: userId, email: EMAIL };
    const burst = Array.from({ length: BURST }, (_, i) => reauthenticate(me, wrong(i), '10.23.0.1'));
    const results = await Promise.all(burst);
    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(BURST - MAX_FAILURES_PER_ACCOUNT);
    expect(await reauthenticate(me, PASSWORD, '10.23.0.1')).toEqual({ ok: false, reason: 'throttled' });
  });

  it('still signs in with the right password below the limit, and does not count it as a failure', async () => {
    const belowLimit = MAX_FAILURES_PER_ACCOUNT - 1;
    await Promise.all(Array.from({ length: belowLimit }, (_, i) => attempt(EMAIL, wrong(i), '10.24.0.1')));
    expect((await attempt(EMAIL, PASSWORD, '10.24.0.2')).ok).toBe(true);
    expect((await attempt(EMAIL, PASSWORD, '10.24.0.3')).ok).toBe(true);
    expect(await attempt(EMAIL, wrong(9), '10.24.0.4')).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt(EMAIL, PASSWORD, '10.24.0.5')).toEqual({ ok: false, reason: 'throttled' });
  });
});
