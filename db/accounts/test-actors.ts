import type { TrackerDb } from '@/db/core/connection';
import * as t from '@/db/core/schema';
import type { Actor } from '@/lib/auth/permissions';

// For unit tests of the mutations: one user row per kind of caller the permission rules tell
// apart, so history entries can point at a real user.
export const ZIBO = '370300';
export const JINAN = '370100';

export type TestActors = { viewer: Actor; ziboEditor: Actor; jinanEditor: Actor; jinanEditor2: Actor; admin: Actor };

export function insertTestActors(db: TrackerDb): TestActors {
  const add = (email: string, role: Actor['role'], cityCodes: string[]): Actor => {
    const { id } = db
      .insert(t.users)
      .values({ email, displayName: email.split('@')[0], passwordHash: 'x', role })
      .returning({ id: t.users.id })
      .get();
    for (const code of cityCodes) {
      const city = db
        .select()
        .from(t.cities)
        .all()
        .find((c) => c.code === code)!;
      db.insert(t.userCities).values({ userId: id, cityId: city.id }).run();
    }
    return { id, role, cityCodes };
  };
  return {
    viewer: add('viewer@example.test', 'viewer', []),
    ziboEditor: add('zibo@example.test', 'editor', [ZIBO]),
    jinanEditor: add('jinan@example.test', 'editor', [JINAN]),
    jinanEditor2: add('jinan2@example.test', 'editor', [JINAN]),
    admin: add('admin@example.test', 'admin', []),
  };
}
