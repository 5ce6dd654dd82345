import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { can, type Actor } from '@/lib/auth/permissions';

export type ApiTokenSummary = { id: number; label: string; createdAt: string; lastUsedAt: string | null };

// A user's active tokens, newest first, without their hashes.
function activeTokensOf(userId: number): ApiTokenSummary[] {
  const k = t.apiTokens;
  return getDb()
    .select({ id: k.id, label: k.label, createdAt: k.createdAt, lastUsedAt: k.lastUsedAt })
    .from(k)
    .where(and(eq(k.userId, userId), isNull(k.revokedAt)))
    .orderBy(desc(k.id))
    .all();
}

export function fetchOwnApiTokens(actor: Actor | null): ApiTokenSummary[] {
  return can(actor, 'manage_own_tokens') ? activeTokensOf(actor!.id) : [];
}

// Any user's tokens, for an admin; null for anyone else, so a caller cannot forget the check.
export function fetchUserApiTokens(actor: Actor | null, userId: number): ApiTokenSummary[] | null {
  if (!can(actor, 'manage_user_tokens')) return null;
  return Number.isSafeInteger(userId) ? activeTokensOf(userId) : [];
}
