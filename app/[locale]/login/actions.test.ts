import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import * as t from '@/db/core/schema';
import { authenticateRequest, requireUser } from '@/db/accounts/current-user';
import { insertUser } from '@/db/accounts/insert-user';
import { hashPassword } from '@/lib/auth/password';
import { PENDING_SIGN_IN_COOKIE, SESSION_COOKIE } from '@/lib/auth/session-policy';
import { totpCodeAt } from '@/lib/auth/totp';
import { outcome } from '@/lib/test/next-server-stubs';
import { actAs, cookies } from '@/lib/test/request-context';
import { installTestDatabase } from '@/lib/test/test-database';
import { IDLE } from '@/lib/validation/form-state';
import { signInAction, submitCodeAction } from './actions';

vi.mock('next/headers', () => import('@/lib/test/request-context'));
vi.mock('next/cache', () => import('@/lib/test/next-server-stubs'));
vi.mock('next/navigation', () => import('@/lib/test/next-server-stubs'));

// The two sign-in steps as the browser drives them, through the server actions and cookies.
const PASSWORD = 'lantern-quay-2021';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let passwordHash: string;
let db: TrackerDb;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const jar = async () => cookies();
async function passwordStep(email: string) {
  return outcome(() => signInAction(IDLE, form({ email, password: PASSWORD, next: '/staff/projects' })));
}

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});
beforeEach(() => {
  db = installTestDatabase();
  insertUser(db, {
    email: 'enrolled@example.test',
    displayName: 'E',
    role: 'editor',
    cityCodes: [],
    passwordHash,
    totpSecret: SECRET,
  });
  insertUser(db, { email: 'newcomer@example.test', displayName: 'N', role: 'viewer', cityCodes: [], passwordHash });
  actAs(null);
});

describe('sign-in actions', () => {
  it('send an enrolled user from the password to the code, and the code to where they were going', async () => {
    expect(await passwordStep('enrolled@example.test')).toEqual({
      redirected: '/login/verify?next=%2Fstaff%2Fprojects',
    });
    expect((await jar()).get(SESSION_COOKIE)).toBeUndefined();
    expect((await jar()).get(PENDING_SIGN_IN_COOKIE)?.value).toBeTruthy();
    expect(await outcome(() => submitCodeAction(IDLE, form({ code: '000000', next: '/staff/projects' })))).toEqual({
      status: 'invalid',
      errors: { code: ['codeWrong'] },
    });
    expect(await outcome(() => submitCodeAction(IDLE, form({ code: 'abc', next: '/staff/projects' })))).toEqual({
      status: 'invalid',
      errors: { code: ['codeFormat'] },
    });
    const code = totpCodeAt(SECRET, new Date());
    expect(await outcome(() => submitCodeAction(IDLE, form({ code, next: '/staff/projects' })))).toEqual({
      redirected: '/staff/projects',
    });
    expect((await jar()).get(SESSION_COOKIE)?.value).toBeTruthy();
    expect((await jar()).get(PENDING_SIGN_IN_COOKIE)?.value).toBe('');
    expect((await requireUser()).email).toBe('enrolled@example.test');
  });

  it('send a user without a second factor to enrol first', async () => {
    expect(await passwordStep('newcomer@example.test')).toEqual({
      redirected: '/login/enrol?next=%2Fstaff%2Fprojects',
    });
    const secret = db.select().from(t.users).where(eq(t.users.email, 'newcomer@example.test')).get()!.totpSecret!;
    expect(
      await outcome(() => submitCodeAction(IDLE, form({ code: totpCodeAt(secret, new Date()), next: '/staff' }))),
    ).toEqual({ redirected: '/staff' });
    expect((await requireUser()).email).toBe('newcomer@example.test');
  });

  it('without a pending sign-in, a code gets nowhere', async () => {
    expect(await outcome(() => submitCodeAction(IDLE, form({ code: '123456' })))).toEqual({ status: 'expired' });
  });
});

describe('a pending sign-in', () => {
  it('reaches neither /staff nor the write API, whichever cookie or header carries it', async () => {
    await passwordStep('enrolled@example.test');
    const pending = (await jar()).get(PENDING_SIGN_IN_COOKIE)!.value;
    expect(await outcome(() => requireUser())).toEqual({ redirected: '/login' });
    (await jar()).set(SESSION_COOKIE, pending);
    expect(await outcome(() => requireUser())).toEqual({ redirected: '/login' });
    const url = 'http://localhost/api/v1/projects/X';
    expect(
      await authenticateRequest(new NextRequest(url, { method: 'PATCH', headers: { origin: 'http://localhost' } })),
    ).toBeNull();
    expect(
      await authenticateRequest(
        new NextRequest(url, { method: 'PATCH', headers: { authorization: `Bearer ${pending}` } }),
      ),
    ).toBeNull();
  });
});
