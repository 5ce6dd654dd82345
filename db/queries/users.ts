import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { Role } from '@/db/enums';
import * as t from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';

// What the user admin pages show: never the password hash.
export type UserSummary = {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  cityCodes: string[];
  disabled: boolean;
  createdAt: string;
};

function cityCodesByUser(): Map<number, string[]> {
  const rows = getDb().select({ userId: t.userCities.userId, code: t.cities.code }).from(t.userCities)
    .innerJoin(t.cities, eq(t.cities.id, t.userCities.cityId)).orderBy(asc(t.cities.code)).all();
  const byUser = new Map<number, string[]>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.code]);
  return byUser;
}

const summaryColumns = {
  id: t.users.id, email: t.users.email, displayName: t.users.displayName, role: t.users.role,
  disabledAt: t.users.disabledAt, createdAt: t.users.createdAt,
};

// null when the actor may not manage users, so a caller cannot forget the check.
export function fetchUsers(actor: Actor | null): UserSummary[] | null {
  if (!can(actor, 'manage_users')) return null;
  const cities = cityCodesByUser();
  return getDb().select(summaryColumns).from(t.users).orderBy(asc(t.users.email)).all()
    .map(({ disabledAt, ...u }) => ({ ...u, disabled: disabledAt !== null, cityCodes: cities.get(u.id) ?? [] }));
}

export function fetchUser(actor: Actor | null, userId: number): UserSummary | null {
  if (!can(actor, 'manage_users')) return null;
  const row = getDb().select(summaryColumns).from(t.users).where(eq(t.users.id, userId)).get();
  if (!row) return null;
  const { disabledAt, ...u } = row;
  return { ...u, disabled: disabledAt !== null, cityCodes: cityCodesByUser().get(userId) ?? [] };
}
