import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { passwordSchema, verifyPassword } from '@/lib/auth/password';
import { CANARY } from './canary-fixtures';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-accounts-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Prepares a database exactly as `npm run db:reset` does, with the given environment.
function resetDatabase(name: string, env: Record<string, string>) {
  const file = path.join(dir, name);
  const { SEED_FIXTURES: _f, SEED_DEMO_ACCOUNTS: _d, ...base } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-reset.ts'], {
    env: { ...base, ...env, DATABASE_PATH: file },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        'select email, role, password_hash as hash, totp_secret as totp, totp_enabled_at as enrolled from users order by id',
      )
      .all() as { email: string; role: string; hash: string; totp: string | null; enrolled: string | null }[];
  } finally {
    db.close();
  }
}

describe('demo accounts', () => {
  it('are never in a database prepared without SEED_FIXTURES=test or SEED_DEMO_ACCOUNTS=1', () => {
    expect(resetDatabase('plain.db', {})).toEqual([]);
  }, 60_000);

  it('are in the test seed, with the documented password and enrolled with the documented TOTP secrets', async () => {
    // The canary fixtures add a disabled editor with no usable password (seed/canary-fixtures.ts).
    const users = resetDatabase('test.db', { SEED_FIXTURES: 'test' }).filter(
      (u) => !u.email.startsWith(CANARY.toLowerCase()),
    );
    expect(users.map((u) => [u.email, u.role])).toEqual(DEMO_ACCOUNTS.map((a) => [a.email, a.role]));
    expect(users.map((u) => u.totp)).toEqual(DEMO_ACCOUNTS.map((a) => a.totpSecret));
    expect(users.every((u) => u.enrolled !== null)).toBe(true);
    expect(await verifyPassword(users[0]!.hash, DEMO_PASSWORD)).toBe(true);
    expect(passwordSchema.safeParse(DEMO_PASSWORD).success).toBe(true);
  }, 60_000);
});
