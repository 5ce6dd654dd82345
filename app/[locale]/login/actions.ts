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

export type SignInState = {
  email: string;
  // Message keys under staff.login.
  fieldErrors?: { email?: 'emailRequired'; password?: 'passwordRequired' };
  message?: 'invalid' | 'throttled';
};

// Presence and size only: the password policy applies when a password is set, not when one is
// checked, and anything over the longest allowed password simply fails to match.
const signInSchema = z.object({
  email: z.string().trim().min(1, 'emailRequired').max(254, 'emailRequired'),
  password: z.string().min(1, 'passwordRequired').max(1024, 'passwordRequired'),
});

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '').slice(0, 254);
  const parsed = signInSchema.safeParse({
    email: formData.get('email') ?? '',
    password: formData.get('password') ?? '',
  });
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    return {
      email,
      fieldErrors: {
        email: fields.email?.[0] as 'emailRequired',
        password: fields.password?.[0] as 'passwordRequired',
      },
    };
  }
  const [requestHeaders, cookieStore] = await Promise.all([headers(), cookies()]);
  const result = await signIn({
    email: parsed.data.email,
    password: parsed.data.password,
    address: clientAddress(requestHeaders),
    previousPendingToken: cookieStore.get(PENDING_SIGN_IN_COOKIE)?.value,
  });
  if (!result.ok) return { email, message: result.reason };
  cookieStore.set(pendingSignInCookie(result.pendingToken, requestHeaders));
  redirect(`/login/${result.next}?next=${encodeURIComponent(safeNextPath(formData.get('next')))}`);
}

export type CodeState = {
  // Message keys under staff.login.secondFactor.
  fieldError?: 'codeFormat' | 'codeWrong';
  message?: 'expired' | 'throttled';
};

// Step two, for /login/verify and /login/enrol alike: the code turns the pending sign-in into a
// session (and, when enrolling, confirms the second factor).
export async function submitCodeAction(_previous: CodeState, formData: FormData): Promise<CodeState> {
  const code = normalizeTotpCode(String(formData.get('code') ?? '').slice(0, 32));
  if (!code) return { fieldError: 'codeFormat' };
  const [requestHeaders, cookieStore] = await Promise.all([headers(), cookies()]);
  const pendingToken = cookieStore.get(PENDING_SIGN_IN_COOKIE)?.value;
  if (!pendingToken) return { message: 'expired' };
  const result = completeSignIn({
    pendingToken,
    code,
    address: clientAddress(requestHeaders),
    previousToken: cookieStore.get(SESSION_COOKIE)?.value,
  });
  if (!result.ok) return result.reason === 'invalid' ? { fieldError: 'codeWrong' } : { message: result.reason };
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
