import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import type { Role } from '@/lib/enums';
import { fetchUser, fetchUsers } from './user-queries';
import { fetchApiTokenUser, fetchSessionUser } from './session-queries';
import * as t from '@/db/core/schema';
import { insertUser } from './insert-user';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/auth/permissions';
import { installTestDatabase } from '@/lib/test/test-database';
import { createApiToken, revokeApiToken } from './api-token-mutations';
import { fetchOwnSessions } from './user-queries';
import { createSession, endOtherSessions } from './session-mutations';
import {
  changeOwnPassword,
  createUser,
  endEveryoneElsesSessions,
  endUserSessions,
  resetUserPassword,
  resetUserSecondFactor,
  setUserDisabled,
  updateUserAccess,
} from './user-mutations';

const ZIBO = '370300';
const JINAN = '370100';
let passwordHash: string;
let db: TrackerDb;
let actors: Record<'admin' | 'jinanEditor' | 'ziboEditor' | 'viewer', Actor>;
let targetId: number;

beforeAll(async () => {
  passwordHash = await hashPassword('lantern-quay-2021');
});
beforeEach(() => {
  db = installTestDatabase({ seed: true });
  const make = (email: string, role: Role, cityCodes: string[] = []): Actor => ({
    id: insertUser(db, { email, displayName: email, role, cityCodes, passwordHash })!,
    role,
    cityCodes,
  });
  actors = {
    admin: make('admin@example.test', 'admin'),
    jinanEditor: make('jinan@example.test', 'editor', [JINAN]),
    ziboEditor: make('zibo@example.test', 'editor', [ZIBO]),
    viewer: make('viewer@example.test', 'viewer'),
  };
  targetId = make('target@example.test', 'editor', [ZIBO]).id;
});

// Everything the user mutations could change, to prove a refusal changed nothing.
const snapshot = () =>
  JSON.stringify([
    db.select().from(t.users).all(),
    db.select().from(t.userCities).all(),
    db.select().from(t.sessions).all(),
  ]);

const NEW_USER = {
  email: 'new@example.test',
  displayName: '新用户',
  role: 'editor' as const,
  cityCodes: [JINAN],
  password: 'harbour-lantern-77',
};

const mutations = {
  createUser: (actor: Actor | null) => createUser(actor, NEW_USER),
  updateUserAccess: (actor: Actor | null) => updateUserAccess(actor, targetId, { role: 'viewer', cityCodes: [] }),
  disableUser: (actor: Actor | null) => setUserDisabled(actor, targetId, true),
  enableUser: (actor: Actor | null) => setUserDisabled(actor, targetId, false),
  resetUserPassword: (actor: Actor | null) => resetUserPassword(actor, targetId, 'harbour-lantern-78'),
  resetUserSecondFactor: (actor: Actor | null) => resetUserSecondFactor(actor, targetId),
  endUserSessions: (actor: Actor | null) => endUserSessions(actor, targetId),
  endEveryoneElsesSessions: (actor: Actor | null) => endEveryoneElsesSessions(actor),
};

describe('user mutations refuse everyone but an admin', () => {
  for (const [name, run] of Object.entries(mutations)) {
    for (const who of ['anonymous', 'viewer', 'jinanEditor', 'ziboEditor'] as const) {
      it(`${name} refuses ${who} and writes nothing`, async () => {
        createSession(targetId);
        const before = snapshot();
        expect(await run(who === 'anonymous' ? null : actors[who])).toEqual({ ok: false, error: 'forbidden' });
        expect(snapshot()).toBe(before);
      });
    }
    it(`${name} is allowed to an admin`, async () => {
      expect((await run(actors.admin)).ok).toBe(true);
    });
  }

  it('reads the user list only for an admin', () => {
    expect(fetchUsers(null)).toBeNull();
    for (const who of ['viewer', 'jinanEditor', 'ziboEditor'] as const) {
      expect(fetchUsers(actors[who])).toBeNull();
      expect(fetchUser(actors[who], targetId)).toBeNull();
    }
    const list = fetchUsers(actors.admin)!;
    expect(list.map((u) => u.email)).toContain('target@example.test');
    expect(JSON.stringify(list)).not.toContain('$argon2');
  });
});

describe('what an admin does to users', () => {
  it('creates a user who can sign in with the initial password, limited to their cities', async () => {
    const result = await createUser(actors.admin, { ...NEW_USER, email: ' New@Example.TEST ' });
    if (!result.ok) throw new Error(result.error);
    const created = fetchUser(actors.admin, result.userId)!;
    expect(created).toMatchObject({ email: 'new@example.test', role: 'editor', cityCodes: [JINAN], disabled: false });
    const stored = db.select().from(t.users).where(eq(t.users.id, result.userId)).get()!;
    expect(await verifyPassword(stored.passwordHash, NEW_USER.password)).toBe(true);
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = snapshot();
    const bad = await createUser(actors.admin, {
      email: 'not-an-email',
      displayName: ' ',
      role: 'owner' as Role,
      cityCodes: ['999999'],
      password: 'qwerty123456',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: 'invalid',
      fieldErrors: { email: 'emailInvalid', displayName: 'nameRequired', role: 'roleInvalid', password: 'common' },
    });
    expect(await createUser(actors.admin, { ...NEW_USER, cityCodes: ['999999'] })).toMatchObject({
      fieldErrors: { cityCodes: 'cityUnknown' },
    });
    expect(await createUser(actors.admin, { ...NEW_USER, email: 'TARGET@example.test' })).toMatchObject({
      fieldErrors: { email: 'emailTaken' },
    });
    expect(await createUser(actors.admin, { ...NEW_USER, password: 'short' })).toMatchObject({
      fieldErrors: { password: 'tooShort' },
    });
    expect(snapshot()).toBe(before);
  });

  it('changes role and cities; only editors keep cities', () => {
    expect(updateUserAccess(actors.admin, targetId, { role: 'editor', cityCodes: [JINAN, ZIBO] }).ok).toBe(true);
    expect(fetchUser(actors.admin, targetId)?.cityCodes).toEqual([JINAN, ZIBO]);
    expect(updateUserAccess(actors.admin, targetId, { role: 'viewer', cityCodes: [JINAN] }).ok).toBe(true);
    expect(fetchUser(actors.admin, targetId)).toMatchObject({ role: 'viewer', cityCodes: [] });
    expect(updateUserAccess(actors.admin, 99999, { role: 'viewer', cityCodes: [] })).toEqual({
      ok: false,
      error: 'not_found',
    });
  });

  it('does not let an admin demote or disable themselves', () => {
    expect(updateUserAccess(actors.admin, actors.admin.id, { role: 'viewer', cityCodes: [] })).toEqual({
      ok: false,
      error: 'self',
    });
    expect(setUserDisabled(actors.admin, actors.admin.id, true)).toEqual({ ok: false, error: 'self' });
  });

  it('disabling a user ends all their sessions and stops their API tokens; enabling lets them back', () => {
    const tokens = [createSession(targetId), createSession(targetId)];
    const target: Actor = { id: targetId, role: 'editor', cityCodes: [ZIBO] };
    const api = createApiToken(target, 'script');
    if (!api.ok) throw new Error(api.error);
    expect(setUserDisabled(actors.admin, targetId, true).ok).toBe(true);
    for (const token of tokens) expect(fetchSessionUser(token)).toBeNull();
    expect(db.select().from(t.sessions).where(eq(t.sessions.userId, targetId)).all()).toHaveLength(0);
    expect(fetchApiTokenUser(api.token)).toBeNull();
    expect(setUserDisabled(actors.admin, targetId, false).ok).toBe(true);
    expect(fetchApiTokenUser(api.token)?.id).toBe(targetId);
  });

  it("resetting a password ends the user's sessions and sets the new password", async () => {
    const token = createSession(targetId);
    expect(await resetUserPassword(actors.admin, targetId, 'qwerty123456')).toMatchObject({
      fieldErrors: { password: 'common' },
    });
    expect(fetchSessionUser(token)?.id).toBe(targetId);
    expect((await resetUserPassword(actors.admin, targetId, 'harbour-lantern-78')).ok).toBe(true);
    expect(fetchSessionUser(token)).toBeNull();
    const stored = db.select().from(t.users).where(eq(t.users.id, targetId)).get()!;
    expect(await verifyPassword(stored.passwordHash, 'harbour-lantern-78')).toBe(true);
  });
});

describe('second factor', () => {
  const enrol = () =>
    db
      .update(t.users)
      .set({ totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totpEnabledAt: '2025-01-01T00:00:00Z', totpLastStep: 5 })
      .where(eq(t.users.id, targetId))
      .run();
  const secondFactor = () =>
    db
      .select({ s: t.users.totpSecret, e: t.users.totpEnabledAt, l: t.users.totpLastStep })
      .from(t.users)
      .where(eq(t.users.id, targetId))
      .get();

  it('an admin resets it: the user is signed out and enrols again, keeping their password', async () => {
    enrol();
    const token = createSession(targetId);
    expect(fetchUser(actors.admin, targetId)?.secondFactor).toBe(true);
    expect(resetUserSecondFactor(actors.admin, targetId)).toEqual({ ok: true });
    expect(secondFactor()).toEqual({ s: null, e: null, l: null });
    expect(fetchSessionUser(token)).toBeNull();
    expect(fetchUser(actors.admin, targetId)?.secondFactor).toBe(false);
    expect(
      await verifyPassword(
        db.select().from(t.users).where(eq(t.users.id, targetId)).get()!.passwordHash,
        'lantern-quay-2021',
      ),
    ).toBe(true);
  });

  it('a password reset resets it too', async () => {
    enrol();
    expect(await resetUserPassword(actors.admin, targetId, 'harbour-lantern-78')).toEqual({ ok: true });
    expect(secondFactor()).toEqual({ s: null, e: null, l: null });
  });

  it('the user list never carries the secret', () => {
    enrol();
    expect(JSON.stringify(fetchUsers(actors.admin))).not.toContain('JBSWY3DP');
  });
});

describe('personal API tokens', () => {
  it("lets every signed-in role create and revoke their own, and nobody else's", () => {
    expect(createApiToken(null, 'x')).toEqual({ ok: false, error: 'forbidden' });
    expect(revokeApiToken(null, 1)).toEqual({ ok: false, error: 'forbidden' });
    for (const actor of Object.values(actors)) {
      const created = createApiToken(actor, 'nightly import');
      if (!created.ok) throw new Error(created.error);
      expect(fetchApiTokenUser(created.token)?.id).toBe(actor.id);
      const row = db.select().from(t.apiTokens).where(eq(t.apiTokens.userId, actor.id)).get()!;
      expect(JSON.stringify(row)).not.toContain(created.token);
      const other = Object.values(actors).find((a) => a.id !== actor.id)!;
      expect(revokeApiToken(other, row.id)).toEqual({ ok: false, error: 'not_found' });
      expect(fetchApiTokenUser(created.token)?.id).toBe(actor.id);
      expect(revokeApiToken(actor, row.id)).toEqual({ ok: true });
      expect(fetchApiTokenUser(created.token)).toBeNull();
    }
  });

  it('needs a label', () => {
    expect(createApiToken(actors.viewer, '  ')).toMatchObject({ ok: false, fieldErrors: { label: 'labelRequired' } });
  });
});

describe('ending sessions', () => {
  it("an admin ends one user's sessions, or everyone's but their own", () => {
    const target = createSession(targetId);
    const viewer = createSession(actors.viewer.id);
    const admin = createSession(actors.admin.id);
    expect(endUserSessions(actors.admin, targetId).ok).toBe(true);
    expect(fetchSessionUser(target)).toBeNull();
    expect(fetchSessionUser(viewer)?.id).toBe(actors.viewer.id);
    expect(endEveryoneElsesSessions(actors.admin).ok).toBe(true);
    expect(fetchSessionUser(viewer)).toBeNull();
    expect(fetchSessionUser(admin)?.id).toBe(actors.admin.id);
  });

  it('a user sees their own sessions and, with their password, ends the others', async () => {
    const me = { ...actors.jinanEditor, email: 'jinan@example.test' };
    const here = createSession(me.id);
    const elsewhere = createSession(me.id);
    createSession(actors.viewer.id);
    const listed = fetchOwnSessions(me, here);
    expect(listed).toHaveLength(2);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toMatch(/[0-9a-f]{64}/);
    expect(await endOtherSessions(null, here, 'lantern-quay-2021', '10.0.0.1')).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await endOtherSessions(me, here, 'wrong-password-1', '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
    expect(fetchSessionUser(elsewhere)?.id).toBe(me.id);
    expect(await endOtherSessions(me, here, 'lantern-quay-2021', '10.0.0.1')).toEqual({ ok: true });
    expect(fetchSessionUser(elsewhere)).toBeNull();
    expect(fetchSessionUser(here)?.id).toBe(me.id);
    expect(fetchOwnSessions(null, here)).toEqual([]);
  });
});

describe("changing one's own password", () => {
  const change = (actor: (Actor & { email: string }) | null, currentPassword: string, newPassword: string) =>
    changeOwnPassword(actor, { currentPassword, newPassword, address: '10.9.0.1' });

  it('is refused to a signed-out caller', async () => {
    expect(await change(null, 'lantern-quay-2021', 'harbour-lantern-99')).toEqual({ ok: false, error: 'forbidden' });
  });

  for (const who of ['viewer', 'jinanEditor', 'ziboEditor', 'admin'] as const) {
    it(`lets a ${who} change it with the current password, ending every old session`, async () => {
      const me = { ...actors[who], email: fetchUsers(actors.admin)!.find((u) => u.id === actors[who].id)!.email };
      const old = createSession(me.id);
      const before = snapshot();
      expect(await change(me, 'wrong-password-1', 'harbour-lantern-99')).toMatchObject({
        ok: false,
        fieldErrors: { currentPassword: 'currentWrong' },
      });
      expect(await change(me, 'lantern-quay-2021', 'qwerty123456')).toMatchObject({
        ok: false,
        fieldErrors: { newPassword: 'common' },
      });
      expect(await change(me, 'lantern-quay-2021', 'lantern-quay-2021')).toMatchObject({
        ok: false,
        fieldErrors: { newPassword: 'sameAsCurrent' },
      });
      expect(snapshot()).toBe(before);
      const result = await change(me, 'lantern-quay-2021', 'harbour-lantern-99');
      if (!result.ok) throw new Error(result.error);
      expect(fetchSessionUser(old)).toBeNull();
      expect(fetchSessionUser(result.token)?.id).toBe(me.id);
      const stored = db.select().from(t.users).where(eq(t.users.id, me.id)).get()!;
      expect(await verifyPassword(stored.passwordHash, 'harbour-lantern-99')).toBe(true);
    });
  }
});
