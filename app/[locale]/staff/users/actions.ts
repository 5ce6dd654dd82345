'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { TokenFormState } from '@/app/[locale]/staff/tokens/actions';
import { revokeUserApiToken } from '@/db/accounts/api-token-mutations';
import {
  createUser,
  endEveryoneElsesSessions,
  endUserSessions,
  resetUserPassword,
  resetUserSecondFactor,
  setUserDisabled,
  updateUserAccess,
} from '@/db/accounts/user-mutations';
import { getCurrentUser } from '@/db/accounts/current-user';
import type { FieldErrors } from '@/lib/auth/user-input';

// The actions only translate forms to mutation calls: the mutations check the actor themselves,
// so calling an action directly (without the page, without the proxy) is refused all the same.
export type UserFormState = {
  ok?: boolean;
  // Message keys under staff.errors.
  error?: 'forbidden' | 'not_found' | 'self' | 'invalid';
  fieldErrors?: FieldErrors;
  values?: { email?: string; displayName?: string; role?: string; cityCodes?: string[] };
};

// The user pages render the changed user again after a successful change.
function refreshUserPages(): void {
  revalidatePath('/staff/users', 'layout');
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');
const cityCodes = (formData: FormData) => formData.getAll('cityCodes').map(String);

export async function createUserAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = {
    email: text(formData, 'email'),
    displayName: text(formData, 'displayName'),
    role: text(formData, 'role'),
    cityCodes: cityCodes(formData),
  };
  const result = await createUser(await getCurrentUser(), {
    ...values,
    role: values.role as 'viewer',
    password: text(formData, 'password'),
  });
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values };
  redirect(`/staff/users/${result.userId}?created=1`);
}

export async function updateAccessAction(
  userId: number,
  _previous: UserFormState,
  formData: FormData,
): Promise<UserFormState> {
  const values = { role: text(formData, 'role'), cityCodes: cityCodes(formData) };
  const result = updateUserAccess(await getCurrentUser(), userId, { ...values, role: values.role as 'viewer' });
  if (result.ok) refreshUserPages();
  return result.ok ? { ok: true, values } : { error: result.error, fieldErrors: result.fieldErrors, values };
}

export async function resetPasswordAction(
  userId: number,
  _previous: UserFormState,
  formData: FormData,
): Promise<UserFormState> {
  const result = await resetUserPassword(await getCurrentUser(), userId, text(formData, 'password'));
  if (result.ok) refreshUserPages();
  return result.ok ? { ok: true } : { error: result.error, fieldErrors: result.fieldErrors };
}

export async function resetSecondFactorAction(userId: number, _previous: UserFormState): Promise<UserFormState> {
  const result = resetUserSecondFactor(await getCurrentUser(), userId);
  if (result.ok) refreshUserPages();
  return result.ok ? { ok: true } : { error: result.error };
}

export async function setDisabledAction(
  userId: number,
  disabled: boolean,
  _previous: UserFormState,
): Promise<UserFormState> {
  const result = setUserDisabled(await getCurrentUser(), userId, disabled);
  if (result.ok) refreshUserPages();
  return result.ok ? { ok: true } : { error: result.error };
}

export async function endSessionsAction(userId: number, _previous: UserFormState): Promise<UserFormState> {
  const result = endUserSessions(await getCurrentUser(), userId);
  return result.ok ? { ok: true } : { error: result.error };
}

export async function endEveryoneElsesSessionsAction(_previous: UserFormState): Promise<UserFormState> {
  const result = endEveryoneElsesSessions(await getCurrentUser());
  return result.ok ? { ok: true } : { error: result.error };
}

export async function revokeUserTokenAction(
  userId: number,
  tokenId: number,
  _previous: TokenFormState,
): Promise<TokenFormState> {
  const result = revokeUserApiToken(await getCurrentUser(), userId, tokenId);
  if (result.ok) refreshUserPages();
  return result.ok ? {} : { error: result.error };
}
