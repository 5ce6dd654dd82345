import { hashSync } from '@node-rs/argon2';
import type { TrackerDb } from '@/db/core/connection';
import type { Role } from '@/lib/enums';
import { insertUser } from '@/db/accounts/insert-user';
import { ARGON2_OPTIONS } from '@/lib/auth/password';

// Demo accounts for test and development databases ONLY (SEED_FIXTURES=test, or
// SEED_DEMO_ACCOUNTS=1): their password is published in the README, so a production database
// must never get them. Production's first admin comes from `npm run user:create`.
export const DEMO_PASSWORD = 'circle-demo-2021';

// Each is enrolled with a fixed TOTP secret, published in the README beside the password, so
// developers can add it to an authenticator app and the browser tests can compute the codes.
export const DEMO_ACCOUNTS: {
  email: string;
  displayName: string;
  role: Role;
  cityCodes: string[];
  totpSecret: string;
}[] = [
  {
    email: 'admin@example.test',
    displayName: '演示管理员',
    role: 'admin',
    cityCodes: [],
    totpSecret: 'DEMOADMINTOTPSECRETJINANCIRCLEAA',
  },
  {
    email: 'editor.zibo@example.test',
    displayName: '淄博编辑',
    role: 'editor',
    cityCodes: ['370300'],
    totpSecret: 'DEMOZIBOEDITORTOTPSECRETCIRCLEAA',
  },
  {
    email: 'editor.jinan@example.test',
    displayName: '济南编辑',
    role: 'editor',
    cityCodes: ['370100'],
    totpSecret: 'DEMOJINANEDITORTOTPSECRETCIRCLEA',
  },
  {
    email: 'viewer@example.test',
    displayName: '演示查阅',
    role: 'viewer',
    cityCodes: [],
    totpSecret: 'DEMOVIEWERTOTPSECRETJINANCIRCLEA',
  },
];

// Idempotent: an account that already exists is left as it is.
export function seedDemoAccounts(db: TrackerDb): void {
  const passwordHash = hashSync(DEMO_PASSWORD, ARGON2_OPTIONS);
  for (const account of DEMO_ACCOUNTS) insertUser(db, { ...account, passwordHash });
}
