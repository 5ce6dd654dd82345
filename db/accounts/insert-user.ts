import { eq, inArray } from 'drizzle-orm';
import type { TrackerDb } from '@/db/core/connection';
import type { Role } from '@/lib/enums';
import * as t from '@/db/core/schema';
import { normalizeEmail } from '@/lib/auth/sign-in-throttle';

// `totpSecret` enrols a second factor at once: only the demo seed does, with published secrets;
// everyone else enrols at their first sign-in.
export type NewUser = {
  email: string;
  displayName: string;
  role: Role;
  cityCodes: string[];
  passwordHash: string;
  totpSecret?: string;
};

// Writes a user and their cities. Shared by the admin's create-user mutation, the command line
// (`npm run user:create`) and the demo seed, which run outside Next: so it takes the database as
// an argument and carries no 'server-only'. Callers check permission; this checks nothing.
// Returns null when the email is taken.
export function insertUser(db: TrackerDb, user: NewUser): number | null {
  // Immediate: it reads, then writes, possibly while the app serves from the same file.
  return db.transaction(
    (tx) => {
      const email = normalizeEmail(user.email);
      if (tx.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, email)).get()) return null;
      const { id } = tx
        .insert(t.users)
        .values({
          email,
          displayName: user.displayName.trim(),
          role: user.role,
          passwordHash: user.passwordHash,
          ...(user.totpSecret ? { totpSecret: user.totpSecret, totpEnabledAt: new Date().toISOString() } : {}),
        })
        .returning({ id: t.users.id })
        .get();
      replaceUserCities(tx, id, user.role === 'editor' ? user.cityCodes : []);
      return id;
    },
    { behavior: 'immediate' },
  );
}

type Tx = Parameters<Parameters<TrackerDb['transaction']>[0]>[0];

// Only editors are limited to cities; admins and viewers always see and do everything they may.
export function replaceUserCities(tx: Tx | TrackerDb, userId: number, cityCodes: string[]): void {
  tx.delete(t.userCities).where(eq(t.userCities.userId, userId)).run();
  if (cityCodes.length === 0) return;
  const cities = tx.select({ id: t.cities.id }).from(t.cities).where(inArray(t.cities.code, cityCodes)).all();
  if (cities.length !== new Set(cityCodes).size) throw new Error(`unknown city code in ${cityCodes.join(', ')}`);
  tx.insert(t.userCities)
    .values(cities.map((c) => ({ userId, cityId: c.id })))
    .run();
}
