'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { endSession, signIn } from '@/db/mutations/sessions';
import { clientAddress } from '@/lib/auth/client-address';
import { safeNextPath } from '@/lib/auth/safe-next';
import { sessionCookie } from '@/lib/auth/session-cookie';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';

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
  const parsed = signInSchema.safeParse({ email: formData.get('email') ?? '', password: formData.get('password') ?? '' });
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    return { email, fieldErrors: { email: fields.email?.[0] as 'emailRequired', password: fields.password?.[0] as 'passwordRequired' } };
  }
  const [requestHeaders, cookieStore] = await Promise.all([headers(), cookies()]);
  const result = await signIn({
    email: parsed.data.email, password: parsed.data.password,
    address: clientAddress(requestHeaders), previousToken: cookieStore.get(SESSION_COOKIE)?.value,
  });
  if (!result.ok) return { email, message: result.reason };
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
