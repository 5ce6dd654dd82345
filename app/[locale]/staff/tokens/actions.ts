'use server';

import { revalidatePath } from 'next/cache';
import { createApiToken, revokeApiToken } from '@/db/accounts/api-token-mutations';
import { getCurrentUser } from '@/db/accounts/current-user';
import { listedErrors, type FormState } from '@/lib/validation/form-state';

// The new token is the result: shown once and never again.
export async function createTokenAction(_previous: FormState<string>, formData: FormData): Promise<FormState<string>> {
  const label = String(formData.get('label') ?? '');
  const result = createApiToken(await getCurrentUser(), label);
  if (!result.ok) return { status: result.error, errors: listedErrors(result.fieldErrors), values: { label } };
  revalidatePath('/staff/tokens');
  return { status: 'saved', result: result.token, values: { label: label.trim() } };
}

export async function revokeTokenAction(tokenId: number, _previous: FormState): Promise<FormState> {
  const result = revokeApiToken(await getCurrentUser(), tokenId);
  if (!result.ok) return { status: result.error };
  revalidatePath('/staff/tokens');
  return { status: 'saved' };
}
