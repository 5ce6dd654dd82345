'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { completeSignIn, endSession, signIn } from '@/db/accounts/session-mutations';
import { clientAddress } from '@/lib/auth/client-address';
import { safeNextPath } from '@/lib/auth/safe-next';
import { pendingSignInCookie, sessionCookie } from '@/lib/auth/session-cookie';
import { PENDING_SIGN_IN_COOKIE, SESSION_COOKIE } from '@/lib/auth/session-policy';
import { normalizeTotpCode } from '@/lib/auth/totp';
import type { FormState } from '@/lib/validation/form-state';

// Presence and size only: the password policy applies when a password is set, not when one is
// checked, and anything over the longest allowed password simply fails to match.
const signInSchema = z.object({
  email: z.string().trim().min(1, 'emailRequired').max(254, 'emailRequired'),
  password: z.string().min(1, 'passwordRequired').max(1024, 'passwordRequired'),
});

// Field errors are message keys under staff.login; the password is never sent back.
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get('email') ?? '').slice(0, 254) };
  const parsed = signInSchema.safeParse({
    email: formData.get('email') ?? '',
    password: formData.get('password') ?? '',
  });
  if (!parsed.success) return { status: 'invalid', errors: z.flattenError(parsed.error).fieldErrors, values };
  const [requestHeaders, cookieStore] = await Promise.all([headers(), cookies()]);
  const result = await signIn({
    email: parsed.data.email,
    password: parsed.data.password,
    address: clientAddress(requestHeaders),
    previousPendingToken: cookieStore.get(PENDING_SIGN_IN_COOKIE)?.value,
  });
  if (!result.ok) return { status: result.reason === 'invalid' ? 'denied' : result.reason, values };
  cookieStore.set(pendingSignInCookie(result.pendingToken, requestHeaders));
  redirect(`/login/${result.next}?next=${encodeURIComponent(safeNextPath(formData.get('next')))}`);
}

// Step two, for /login/verify and /login/enrol alike: the code turns the pending sign-in into a
// session (and, when enrolling, confirms the second factor). Field errors are message keys under
// staff.login.secondFactor.
export async function submitCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const code = normalizeTotpCode(String(formData.get('code') ?? '').slice(0, 32));
  if (!code) return { status: 'invalid', errors: { code: ['codeFormat'] } };
  const [requestHeaders, cookieStore] = await Promise.all([headers(), cookies()]);
  const pendingToken = cookieStore.get(PENDING_SIGN_IN_COOKIE)?.value;
  if (!pendingToken) return { status: 'expired' };
  const result = completeSignIn({
    pendingToken,
    code,
    address: clientAddress(requestHeaders),
    previousToken: cookieStore.get(SESSION_COOKIE)?.value,
  });
  if (!result.ok)
    return result.reason === 'invalid'
      ? { status: 'invalid', errors: { code: ['codeWrong'] } }
      : { status: result.reason };
  cookieStore.set({ ...pendingSignInCookie('', requestHeaders), maxAge: 0 });
  cookieStore.set(sessionCookie(result.token, requestHeaders));
  redirect(safeNextPath(formData.get('next')));
}

export async function signOutAction(): Promise<void> {
  const cookieStore = await cookies();
  const token = cookieStore.get(SESSION_COOKIE)?.value;
  if (token) endSession(token);
  cookieStore.delete(SESSION_COOKIE);
  redirect('/login');
}
