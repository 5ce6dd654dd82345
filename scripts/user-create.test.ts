import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'user-create-'));
const dbFile = path.join(dir, 'tracker.db');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Runs the script as an operator would, on a database file that nothing has seeded.
function run(args: string[], password?: string) {
  const env = { ...process.env, DATABASE_PATH: dbFile, TRACKER_PASSWORD: password ?? '' };
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', ...args], {
    env,
    encoding: 'utf8',
    input: '',
  });
}

const users = () => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('select email, role, password_hash as hash from users').all() as {
      email: string;
      role: string;
      hash: string;
    }[];
  } finally {
    db.close();
  }
};

describe('npm run user:create', () => {
  it('creates the first admin on a fresh database with the password from TRACKER_PASSWORD', async () => {
    const result = run(['--email', 'Chief@Example.test', '--role', 'admin', '--name', '主任'], 'harbour-lantern-77');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [admin] = users();
    expect(admin).toMatchObject({ email: 'chief@example.test', role: 'admin' });
    expect(admin!.hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(admin!.hash, 'harbour-lantern-77')).toBe(true);
  }, 30_000);

  it('has no default password: without one and without a terminal it creates nothing', () => {
    const result = run(['--email', 'second@example.test', '--role', 'viewer']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('TRACKER_PASSWORD');
    expect(users()).toHaveLength(1);
  }, 30_000);

  it('refuses a common password, a bad role, a taken email and an unknown city, creating nothing', () => {
    expect(run(['--email', 'b@example.test', '--role', 'viewer'], 'qwerty123456').stderr).toContain('common password');
    expect(run(['--email', 'b@example.test', '--role', 'owner'], 'harbour-lantern-77').stderr).toContain('role');
    expect(run(['--email', 'chief@example.test', '--role', 'viewer'], 'harbour-lantern-77').stderr).toContain(
      'already exists',
    );
    expect(
      run(['--email', 'c@example.test', '--role', 'editor', '--city', '370300'], 'harbour-lantern-77').status,
    ).not.toBe(0);
    expect(run(['--role', 'admin'], 'harbour-lantern-77').stderr).toContain('usage');
    expect(users()).toHaveLength(1);
  }, 60_000);
});
