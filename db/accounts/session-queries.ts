import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb, preparedStatement } from '@/db/core/client';
import * as t from '@/db/core/schema';
import type { Actor } from '@/lib/auth/permissions';
import { sessionStillValid } from '@/lib/auth/session-policy';
import { hashPendingToken, hashToken } from '@/lib/auth/session-token';

export type SignedInUser = Actor & { email: string; displayName: string };

const userCitiesQuery = preparedStatement((db) =>
  db
    .select({ code: t.cities.code })
    .from(t.userCities)
    .innerJoin(t.cities, eq(t.cities.id, t.userCities.cityId))
    .where(eq(t.userCities.userId, sql.placeholder('userId')))
    .prepare(),
);

function userCityCodes(userId: number): string[] {
  return userCitiesQuery()
    .all({ userId })
    .map((r) => r.code);
}

function toSignedIn(user: t.User): SignedInUser {
  return {
    id: user.id,
    role: user.role,
    email: user.email,
    displayName: user.displayName,
    cityCodes: userCityCodes(user.id),
  };
}

// The user behind a session token, or null when the token is unknown, expired, idle too long,
// or its user is disabled. A valid session's idle clock restarts.
export function fetchSessionUser(token: string, now = new Date()): SignedInUser | null {
  const db = getDb();
  const row = db
    .select({ session: t.sessions, user: t.users })
    .from(t.sessions)
    .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
    .where(and(eq(t.sessions.tokenHash, hashToken(token)), isNull(t.users.disabledAt)))
    .get();
  if (!row) return null;
  if (!sessionStillValid(row.session, now)) {
    db.delete(t.sessions).where(eq(t.sessions.id, row.session.id)).run();
    return null;
  }
  db.update(t.sessions).set({ lastSeenAt: now.toISOString() }).where(eq(t.sessions.id, row.session.id)).run();
  return toSignedIn(row.user);
}

const apiTokenQuery = preparedStatement((db) =>
  db
    .select({ tokenId: t.apiTokens.id, lastUsedAt: t.apiTokens.lastUsedAt, user: t.users })
    .from(t.apiTokens)
    .innerJoin(t.users, eq(t.users.id, t.apiTokens.userId))
    .where(
      and(
        eq(t.apiTokens.tokenHash, sql.placeholder('tokenHash')),
        isNull(t.apiTokens.revokedAt),
        isNull(t.users.disabledAt),
      ),
    )
    .prepare(),
);

// "Last used" is shown to the token's owner to the minute. Writing it on every request would
// cost a commit, synced to disk, on top of each API write's own.
const LAST_USED_RESOLUTION_MS = 60_000;

// The user behind a personal API token, or null when it is unknown or revoked.
export function fetchApiTokenUser(token: string, now = new Date()): SignedInUser | null {
  const row = apiTokenQuery().get({ tokenHash: hashToken(token) });
  if (!row) return null;
  if (!row.lastUsedAt || Math.abs(now.getTime() - new Date(row.lastUsedAt).getTime()) >= LAST_USED_RESOLUTION_MS) {
    getDb().update(t.apiTokens).set({ lastUsedAt: now.toISOString() }).where(eq(t.apiTokens.id, row.tokenId)).run();
  }
  return toSignedIn(row.user);
}

export type PendingSignIn = {
  userId: number;
  email: string;
  enrolled: boolean;
  totpSecret: string | null;
  totpLastStep: number | null;
};

// The account behind a pending sign-in (password given, code not yet), or null when it is
// unknown, older than five minutes, or its user was disabled meanwhile. An expired one is deleted.
// The secret is for checking a code and, while the user enrols, for showing once more.
export function fetchPendingSignIn(pendingToken: string, now = new Date()): PendingSignIn | null {
  const db = getDb();
  const row = db
    .select({ id: t.sessions.id, expiresAt: t.sessions.expiresAt, user: t.users })
    .from(t.sessions)
    .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
    .where(and(eq(t.sessions.tokenHash, hashPendingToken(pendingToken)), isNull(t.users.disabledAt)))
    .get();
  if (!row) return null;
  if (now.getTime() >= new Date(row.expiresAt).getTime()) {
    db.delete(t.sessions).where(eq(t.sessions.id, row.id)).run();
    return null;
  }
  const { id: userId, email, totpSecret, totpEnabledAt, totpLastStep } = row.user;
  return { userId, email, enrolled: totpEnabledAt !== null, totpSecret, totpLastStep };
}
