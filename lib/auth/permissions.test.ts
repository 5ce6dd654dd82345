import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/enums';
import { can, canUpdateSomeProject, type Action, type Actor } from './permissions';

const ZIBO = '370300';
const JINAN = '370100';
const actor = (role: Role, cityCodes: string[] = []): Actor => ({ id: 1, role, cityCodes });

const WRITE_ACTIONS: Action[] = ['update_project', 'create_project', 'publish_record', 'edit_record'];

describe('can', () => {
  it('refuses everything to a signed-out visitor', () => {
    const actions: Action[] = [
      ...WRITE_ACTIONS,
      'read_internal',
      'manage_users',
      'manage_user_tokens',
      'manage_own_tokens',
      'rebaseline',
    ];
    for (const action of actions) {
      expect(can(null, action, { cityCodes: [JINAN] })).toBe(false);
    }
  });

  it('lets an admin do everything', () => {
    for (const action of [...WRITE_ACTIONS, 'manage_users', 'rebaseline'] as Action[])
      expect(can(actor('admin', [ZIBO]), action, { cityCodes: [JINAN] })).toBe(true);
  });

  it('lets a viewer read internal records and change nothing', () => {
    expect(can(actor('viewer'), 'read_internal')).toBe(true);
    for (const action of [...WRITE_ACTIONS, 'manage_users', 'rebaseline'] as Action[])
      expect(can(actor('viewer'), action, { cityCodes: [JINAN] })).toBe(false);
  });

  it('limits a city editor to records touching that city', () => {
    const ziboEditor = actor('editor', [ZIBO]);
    for (const action of WRITE_ACTIONS) {
      expect(can(ziboEditor, action, { cityCodes: [ZIBO] })).toBe(true);
      expect(can(ziboEditor, action, { cityCodes: [JINAN, ZIBO] })).toBe(true);
      expect(can(ziboEditor, action, { cityCodes: [JINAN] })).toBe(false);
      expect(can(ziboEditor, action, { cityCodes: [] })).toBe(false);
    }
    expect(can(ziboEditor, 'manage_users')).toBe(false);
  });

  it('lets an unrestricted editor edit any city but not manage users', () => {
    for (const action of WRITE_ACTIONS) expect(can(actor('editor'), action, { cityCodes: [JINAN] })).toBe(true);
    expect(can(actor('editor'), 'manage_users')).toBe(false);
    expect(can(actor('editor'), 'rebaseline', { cityCodes: [JINAN] })).toBe(false);
  });

  it("lets only an admin see and revoke another user's API tokens, and everyone signed in their own", () => {
    expect(can(actor('admin'), 'manage_user_tokens')).toBe(true);
    for (const other of [actor('viewer'), actor('editor'), actor('editor', [ZIBO])]) {
      expect(can(other, 'manage_user_tokens')).toBe(false);
      expect(can(other, 'manage_own_tokens')).toBe(true);
    }
  });

  it('lets editors of any city and admins, and nobody else, update some project (and so import)', () => {
    for (const who of [actor('admin'), actor('editor'), actor('editor', [ZIBO])]) {
      expect(canUpdateSomeProject(who)).toBe(true);
    }
    for (const who of [null, actor('viewer')]) expect(canUpdateSomeProject(who)).toBe(false);
  });
});
