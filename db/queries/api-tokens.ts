import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import * as t from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';

// The actor's own active tokens, without their hashes.
export function fetchOwnApiTokens(actor: Actor | null) {
  if (!can(actor, 'manage_own_tokens')) return [];
  return getDb().select({ id: t.apiTokens.id, label: t.apiTokens.label, createdAt: t.apiTokens.createdAt, lastUsedAt: t.apiTokens.lastUsedAt })
    .from(t.apiTokens).where(and(eq(t.apiTokens.userId, actor!.id), isNull(t.apiTokens.revokedAt))).orderBy(desc(t.apiTokens.id)).all();
}
