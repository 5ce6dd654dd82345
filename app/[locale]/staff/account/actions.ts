'use server';

import { revalidatePath } from 'next/cache';
import { cookies, headers } from 'next/headers';
import { endOtherSessions } from '@/db/accounts/session-mutations';
import { changeOwnPassword } from '@/db/accounts/user-mutations';
import { clientAddress } from '@/lib/auth/client-address';
import { getCurrentUser } from '@/db/accounts/current-user';
import { sessionCookie } from '@/lib/auth/session-cookie';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';
import { listedErrors, type FormState } from '@/lib/validation/form-state';

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, requestHeaders, cookieStore] = await Promise.all([getCurrentUser(), headers(), cookies()]);
  const result = await changeOwnPassword(actor, {
    currentPassword: String(formData.get('currentPassword') ?? ''),
    newPassword: String(formData.get('newPassword') ?? ''),
    address: clientAddress(requestHeaders),
  });
  if (!result.ok)
    return { status: result.error, errors: 'fieldErrors' in result ? listedErrors(result.fieldErrors) : undefined };
  // Every old session ended with the password; this browser continues on a new one.
  cookieStore.set(sessionCookie(result.token, requestHeaders));
  revalidatePath('/staff/account');
  return { status: 'saved' };
}

export async function endOtherSessionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, requestHeaders, cookieStore] = await Promise.all([getCurrentUser(), headers(), cookies()]);
  const result = await endOtherSessions(
    actor,
    cookieStore.get(SESSION_COOKIE)?.value ?? '',
    String(formData.get('currentPassword') ?? ''),
    clientAddress(requestHeaders),
  );
  if (!result.ok)
    return result.reason === 'invalid'
      ? { status: 'invalid', errors: { currentPassword: ['currentWrong'] } }
      : { status: result.reason };
  revalidatePath('/staff/account');
  return { status: 'saved' };
}
