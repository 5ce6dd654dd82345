import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import type { Role } from '@/lib/enums';
import { fetchUserApiTokens } from './api-token-queries';
import { fetchApiTokenUser } from './session-queries';
import * as t from '@/db/core/schema';
import { insertUser } from './insert-user';
import { hashPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/auth/permissions';
import { installTestDatabase } from '@/lib/test/test-database';
import { createApiToken, revokeUserApiToken } from './api-token-mutations';
import { changeOwnPassword, resetUserPassword, resetUserSecondFactor } from './user-mutations';

// API tokens end with the credentials they were made under, and an admin sees and revokes any
// user's tokens without disabling the account.
const PASSWORD = 'lantern-quay-2021';
const JINAN = '370100';
let passwordHash: string;
let db: TrackerDb;
let actors: Record<'admin' | 'editor' | 'viewer', Actor>;
let target: Actor & { email: string };

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
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
    editor: make('jinan@example.test', 'editor', [JINAN]),
    viewer: make('viewer@example.test', 'viewer'),
  };
  target = { ...make('target@example.test', 'editor', [JINAN]), email: 'target@example.test' };
});

function tokenOf(actor: Actor, label = 'nightly import'): string {
  const created = createApiToken(actor, label);
  if (!created.ok) throw new Error(created.error);
  return created.token;
}
const tokenRows = () => JSON.stringify(db.select().from(t.apiTokens).all());

describe('API tokens end with the credentials they were made under', () => {
  it("when an admin resets the user's password", async () => {
    const token = tokenOf(target);
    const other = tokenOf(actors.viewer);
    expect(await resetUserPassword(actors.admin, target.id, 'harbour-lantern-78')).toEqual({ ok: true });
    expect(fetchApiTokenUser(token)).toBeNull();
    expect(fetchApiTokenUser(other)?.id).toBe(actors.viewer.id);
  });

  it('but not when the reset is refused', async () => {
    const token = tokenOf(target);
    expect((await resetUserPassword(actors.admin, target.id, 'qwerty123456')).ok).toBe(false);
    expect((await resetUserPassword(actors.editor, target.id, 'harbour-lantern-78')).ok).toBe(false);
    expect(fetchApiTokenUser(token)?.id).toBe(target.id);
  });

  it("when an admin resets the user's second factor", () => {
    const token = tokenOf(target);
    expect(resetUserSecondFactor(actors.viewer, target.id)).toEqual({ ok: false, error: 'forbidden' });
    expect(fetchApiTokenUser(token)?.id).toBe(target.id);
    expect(resetUserSecondFactor(actors.admin, target.id)).toEqual({ ok: true });
    expect(fetchApiTokenUser(token)).toBeNull();
  });

  it('when the user changes their own password, and not at a wrong current password', async () => {
    const token = tokenOf(target);
    const other = tokenOf(actors.editor);
    const change = (currentPassword: string) =>
      changeOwnPassword(target, { currentPassword, newPassword: 'harbour-lantern-99', address: '10.9.0.1' });
    expect((await change('wrong-password-1')).ok).toBe(false);
    expect(fetchApiTokenUser(token)?.id).toBe(target.id);
    expect((await change(PASSWORD)).ok).toBe(true);
    expect(fetchApiTokenUser(token)).toBeNull();
    expect(fetchApiTokenUser(other)?.id).toBe(actors.editor.id);
  });
});

describe("another user's tokens", () => {
  it('an admin lists them, without their hashes, and revokes one', () => {
    const kept = tokenOf(target, 'dashboard sync');
    const revoked = tokenOf(target, 'old laptop');
    tokenOf(actors.viewer, 'someone else');
    fetchApiTokenUser(kept);
    const listed = fetchUserApiTokens(actors.admin, target.id)!;
    expect(listed.map((x) => x.label)).toEqual(['old laptop', 'dashboard sync']);
    expect(listed[1].lastUsedAt).not.toBeNull();
    expect(listed[0]).toMatchObject({ lastUsedAt: null, createdAt: expect.any(String) });
    expect(JSON.stringify(listed)).not.toMatch(/[0-9a-f]{64}/);
    expect(revokeUserApiToken(actors.admin, target.id, listed[0].id)).toEqual({ ok: true });
    expect(fetchApiTokenUser(revoked)).toBeNull();
    expect(fetchApiTokenUser(kept)?.id).toBe(target.id);
    expect(fetchUserApiTokens(actors.admin, target.id)!.map((x) => x.label)).toEqual(['dashboard sync']);
    expect(revokeUserApiToken(actors.admin, target.id, listed[0].id)).toEqual({ ok: false, error: 'not_found' });
  });

  it('a token of another user, or an id that is no integer, reads as not found', () => {
    tokenOf(target);
    const viewerToken = tokenOf(actors.viewer);
    const viewerTokenId = fetchUserApiTokens(actors.admin, actors.viewer.id)![0].id;
    const before = tokenRows();
    expect(revokeUserApiToken(actors.admin, target.id, viewerTokenId)).toEqual({ ok: false, error: 'not_found' });
    const notAnId = '1' as unknown as number;
    expect(revokeUserApiToken(actors.admin, target.id, notAnId)).toEqual({ ok: false, error: 'not_found' });
    expect(tokenRows()).toBe(before);
    expect(fetchApiTokenUser(viewerToken)?.id).toBe(actors.viewer.id);
  });

  const callers = { anonymous: 'an anonymous caller', viewer: 'a viewer', editor: 'an editor' } as const;
  for (const [who, caller] of Object.entries(callers) as [keyof typeof callers, string][]) {
    it(`are neither listed nor revoked for ${caller}`, () => {
      const token = tokenOf(target);
      const tokenId = fetchUserApiTokens(actors.admin, target.id)![0].id;
      const actor = who === 'anonymous' ? null : actors[who];
      const before = tokenRows();
      expect(fetchUserApiTokens(actor, target.id)).toBeNull();
      expect(revokeUserApiToken(actor, target.id, tokenId)).toEqual({ ok: false, error: 'forbidden' });
      expect(tokenRows()).toBe(before);
      expect(fetchApiTokenUser(token)?.id).toBe(target.id);
    });
  }
});
