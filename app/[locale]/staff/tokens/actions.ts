'use server';

import { revalidatePath } from 'next/cache';
import { createApiToken, revokeApiToken } from '@/db/accounts/api-token-mutations';
import { getCurrentUser } from '@/db/accounts/current-user';

export type TokenFormState = {
  // The new token, shown once and never again.
  token?: string;
  label?: string;
  // Message keys under staff.tokens.errors.
  error?: 'forbidden' | 'too_many' | 'invalid' | 'not_found';
  fieldErrors?: { label?: string };
};

export async function createTokenAction(_previous: TokenFormState, formData: FormData): Promise<TokenFormState> {
  const label = String(formData.get('label') ?? '');
  const result = createApiToken(await getCurrentUser(), label);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, label };
  revalidatePath('/staff/tokens');
  return { token: result.token, label: label.trim() };
}

export async function revokeTokenAction(tokenId: number, _previous: TokenFormState): Promise<TokenFormState> {
  const result = revokeApiToken(await getCurrentUser(), tokenId);
  if (result.ok) revalidatePath('/staff/tokens');
  return result.ok ? {} : { error: result.error };
}
