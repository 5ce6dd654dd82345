import 'server-only';
import { and, count, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import { hashToken, newToken } from '@/lib/auth/session-token';
import { apiTokenLabelSchema } from '@/lib/auth/user-input';
import { writeTransaction } from '@/db/core/write-transaction';

// Personal API tokens: each user creates and revokes their own; an admin revokes anyone's. The
// token is returned once, here, and only its SHA-256 is stored. A token acts with its owner's
// current role and cities.
export const MAX_ACTIVE_TOKENS = 20;

export type ApiTokenResult =
  | { ok: true; token: string }
  | { ok: false; error: 'forbidden' | 'too_many' | 'invalid'; fieldErrors?: { label?: string } };

export function createApiToken(actor: Actor | null, label: string): ApiTokenResult {
  if (!can(actor, 'manage_own_tokens')) return { ok: false, error: 'forbidden' };
  const parsed = apiTokenLabelSchema.safeParse(label);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: { label: parsed.error.issues[0]?.message } };
  return writeTransaction(() => {
    const db = getDb();
    const active =
      db
        .select({ n: count() })
        .from(t.apiTokens)
        .where(and(eq(t.apiTokens.userId, actor!.id), isNull(t.apiTokens.revokedAt)))
        .get()?.n ?? 0;
    if (active >= MAX_ACTIVE_TOKENS) return { ok: false, error: 'too_many' } as const;
    const token = newToken();
    db.insert(t.apiTokens)
      .values({ tokenHash: hashToken(token), userId: actor!.id, label: parsed.data })
      .run();
    return { ok: true, token } as const;
  });
}

export type RevokeResult = { ok: true } | { ok: false; error: 'forbidden' | 'not_found' };

// Only an integer names a token; anything else a direct call sends names none.
function revokeActiveToken(userId: number, tokenId: number): RevokeResult {
  if (!Number.isSafeInteger(tokenId)) return { ok: false, error: 'not_found' };
  const revoked = getDb()
    .update(t.apiTokens)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(t.apiTokens.id, tokenId), eq(t.apiTokens.userId, userId), isNull(t.apiTokens.revokedAt)))
    .run();
  return revoked.changes === 1 ? { ok: true } : { ok: false, error: 'not_found' };
}

// The owner revokes their own token; someone else's token id reads as not found.
export function revokeApiToken(actor: Actor | null, tokenId: number): RevokeResult {
  if (!can(actor, 'manage_own_tokens')) return { ok: false, error: 'forbidden' };
  return revokeActiveToken(actor!.id, tokenId);
}

// An admin revokes one token of any user, without having to disable the account.
export function revokeUserApiToken(actor: Actor | null, userId: number, tokenId: number): RevokeResult {
  if (!can(actor, 'manage_user_tokens')) return { ok: false, error: 'forbidden' };
  if (!Number.isSafeInteger(userId)) return { ok: false, error: 'not_found' };
  return revokeActiveToken(userId, tokenId);
}

// A token is made under the user's password and second factor, so it ends when either is
// reset or changed: whoever took over the account must not keep a way in. For the user
// mutations, which check permission before calling it, inside their transaction.
export function revokeAllApiTokensOf(userId: number): void {
  getDb()
    .update(t.apiTokens)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(t.apiTokens.userId, userId), isNull(t.apiTokens.revokedAt)))
    .run();
}
