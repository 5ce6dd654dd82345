import 'server-only';
import { and, asc, desc, eq, notLike } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import type { Role } from '@/lib/enums';
import * as t from '@/db/core/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import { sessionStillValid } from '@/lib/auth/session-policy';
import { hashToken, PENDING_HASH_PREFIX } from '@/lib/auth/session-token';

// What the user admin pages show: never the password hash.
export type UserSummary = {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  cityCodes: string[];
  disabled: boolean;
  // Whether the user has confirmed a second factor; never the secret itself.
  secondFactor: boolean;
  createdAt: string;
};

function cityCodesByUser(): Map<number, string[]> {
  const rows = getDb()
    .select({ userId: t.userCities.userId, code: t.cities.code })
    .from(t.userCities)
    .innerJoin(t.cities, eq(t.cities.id, t.userCities.cityId))
    .orderBy(asc(t.cities.code))
    .all();
  const byUser = new Map<number, string[]>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.code]);
  return byUser;
}

const summaryColumns = {
  id: t.users.id,
  email: t.users.email,
  displayName: t.users.displayName,
  role: t.users.role,
  disabledAt: t.users.disabledAt,
  totpEnabledAt: t.users.totpEnabledAt,
  createdAt: t.users.createdAt,
};

// null when the actor may not manage users, so a caller cannot forget the check.
export function fetchUsers(actor: Actor | null): UserSummary[] | null {
  if (!can(actor, 'manage_users')) return null;
  const cities = cityCodesByUser();
  return getDb()
    .select(summaryColumns)
    .from(t.users)
    .orderBy(asc(t.users.email))
    .all()
    .map(({ disabledAt, totpEnabledAt, ...u }) => ({
      ...u,
      disabled: disabledAt !== null,
      secondFactor: totpEnabledAt !== null,
      cityCodes: cities.get(u.id) ?? [],
    }));
}

export function fetchUser(actor: Actor | null, userId: number): UserSummary | null {
  if (!can(actor, 'manage_users')) return null;
  const row = getDb().select(summaryColumns).from(t.users).where(eq(t.users.id, userId)).get();
  if (!row) return null;
  const { disabledAt, totpEnabledAt, ...u } = row;
  return {
    ...u,
    disabled: disabledAt !== null,
    secondFactor: totpEnabledAt !== null,
    cityCodes: cityCodesByUser().get(userId) ?? [],
  };
}

// The actor's own sessions, newest first, marking the one of this browser. Tokens never leave
// the database; a session is named by its id.
export function fetchOwnSessions(actor: Actor | null, currentToken: string | undefined, now = new Date()) {
  if (!actor) return [];
  const current = currentToken ? hashToken(currentToken) : '';
  return getDb()
    .select({
      id: t.sessions.id,
      tokenHash: t.sessions.tokenHash,
      createdAt: t.sessions.createdAt,
      lastSeenAt: t.sessions.lastSeenAt,
      expiresAt: t.sessions.expiresAt,
    })
    .from(t.sessions)
    .where(and(eq(t.sessions.userId, actor.id), notLike(t.sessions.tokenHash, `${PENDING_HASH_PREFIX}%`)))
    .orderBy(desc(t.sessions.id))
    .all()
    .filter((s) => sessionStillValid({ lastSeenAt: s.lastSeenAt, expiresAt: s.expiresAt }, now))
    .map(({ tokenHash, expiresAt: _expiresAt, ...s }) => ({ ...s, current: tokenHash === current }));
}
