'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
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
import { listedErrors, type FormState, type FormValues } from '@/lib/validation/form-state';

// The actions only translate forms to mutation calls: the mutations check the actor themselves,
// so calling an action directly (without the page, without the proxy) is refused all the same.

// The user pages render the changed user again after a successful change.
function refreshUserPages(): void {
  revalidatePath('/staff/users', 'layout');
}

type Outcome =
  { ok: true } | { ok: false; error: FormState['status']; fieldErrors?: Record<string, string | undefined> };

// A mutation's answer as the form shows it: message keys under staff.errors (and staff.password).
function answer(result: Outcome, values?: FormValues): FormState {
  if (result.ok) return { status: 'saved', values };
  return { status: result.error, errors: listedErrors(result.fieldErrors), values };
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');
const cityCodes = (formData: FormData) => formData.getAll('cityCodes').map(String);

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Not the password: what is typed there is never sent back.
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
  if (!result.ok) return answer(result, values);
  redirect(`/staff/users/${result.userId}?created=1`);
}

export async function updateAccessAction(userId: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = { role: text(formData, 'role'), cityCodes: cityCodes(formData) };
  const result = updateUserAccess(await getCurrentUser(), userId, { ...values, role: values.role as 'viewer' });
  if (result.ok) refreshUserPages();
  return answer(result, values);
}

export async function resetPasswordAction(
  userId: number,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const result = await resetUserPassword(await getCurrentUser(), userId, text(formData, 'password'));
  if (result.ok) refreshUserPages();
  return answer(result);
}

export async function resetSecondFactorAction(userId: number, _previous: FormState): Promise<FormState> {
  const result = resetUserSecondFactor(await getCurrentUser(), userId);
  if (result.ok) refreshUserPages();
  return answer(result);
}

export async function setDisabledAction(userId: number, disabled: boolean, _previous: FormState): Promise<FormState> {
  const result = setUserDisabled(await getCurrentUser(), userId, disabled);
  if (result.ok) refreshUserPages();
  return answer(result);
}

export async function endSessionsAction(userId: number, _previous: FormState): Promise<FormState> {
  return answer(endUserSessions(await getCurrentUser(), userId));
}

export async function endEveryoneElsesSessionsAction(_previous: FormState): Promise<FormState> {
  return answer(endEveryoneElsesSessions(await getCurrentUser()));
}

export async function revokeUserTokenAction(userId: number, tokenId: number, _previous: FormState): Promise<FormState> {
  const result = revokeUserApiToken(await getCurrentUser(), userId, tokenId);
  if (result.ok) refreshUserPages();
  return answer(result);
}
