import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

// The demo accounts that the test seed (SEED_FIXTURES=test) creates: see seed/demo-accounts.ts.
// Spelled out here rather than imported, so the browser tests state what they rely on.
export const DEMO_PASSWORD = 'circle-demo-2021';

export const DEMO_ACCOUNTS = {
  admin: {
    email: 'admin@example.test',
    password: DEMO_PASSWORD,
    name: '演示管理员',
    totpSecret: 'DEMOADMINTOTPSECRETJINANCIRCLEAA',
  },
  ziboEditor: {
    email: 'editor.zibo@example.test',
    password: DEMO_PASSWORD,
    name: '淄博编辑',
    totpSecret: 'DEMOZIBOEDITORTOTPSECRETCIRCLEAA',
  },
  jinanEditor: {
    email: 'editor.jinan@example.test',
    password: DEMO_PASSWORD,
    name: '济南编辑',
    totpSecret: 'DEMOJINANEDITORTOTPSECRETCIRCLEA',
  },
  viewer: {
    email: 'viewer@example.test',
    password: DEMO_PASSWORD,
    name: '演示查阅',
    totpSecret: 'DEMOVIEWERTOTPSECRETJINANCIRCLEA',
  },
} as const;

// Every account's TOTP secret the tests know: the demo ones, and those read off the enrolment
// page when a test's new user enrols (signIn does that by itself).
const secrets = new Map<string, string>(Object.values(DEMO_ACCOUNTS).map((a) => [a.email, a.totpSecret]));

const PERIOD_MS = 30_000;

// The server accepts each code once (a step at or before the last accepted one is refused), and
// the specs sign the same accounts in many times a minute. So the helper hands out steps in
// order per account, within what the server accepts (one step either side of now), and when an
// account has used them all it waits for time to catch up — adding the wait to the test's
// timeout, since it is the protocol's pace, not the app's. Kept in a file per server port, so a
// restarted worker process still knows which steps the server has seen.
const STEPS_FILE = path.join(os.tmpdir(), `tracker-e2e-totp-steps-${process.env.E2E_PORT ?? 3100}.json`);
// The previous step is offered only while it stays acceptable for longer than typing takes.
const TYPING_MARGIN_MS = 5_000;

function readSteps(): Record<string, number> {
  try {
    return JSON.parse(fs.readFileSync(STEPS_FILE, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

async function nextCode(email: string, secret: string): Promise<string> {
  const steps = readSteps();
  const now = Date.now();
  const current = Math.floor(now / PERIOD_MS);
  const earliest = (current + 1) * PERIOD_MS - now > TYPING_MARGIN_MS ? current - 1 : current;
  const step = Math.max(earliest, (steps[email] ?? 0) + 1);
  fs.writeFileSync(STEPS_FILE, JSON.stringify({ ...steps, [email]: step }));
  // A step two or more ahead is not accepted yet: wait until it is one ahead, with a margin.
  const wait = (step - 1) * PERIOD_MS + 500 - now;
  if (wait > 0) {
    test.info().setTimeout(test.info().timeout + wait);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: step * PERIOD_MS,
  });
}

// The second step, on /login/verify or /login/enrol: type the account's current code.
export async function enterCode(page: Page, email: string): Promise<void> {
  const secret = secrets.get(email);
  if (!secret) throw new Error(`no TOTP secret known for ${email}`);
  await page.getByLabel('6 位验证码').fill(await nextCode(email, secret));
  await page.getByRole('button', { name: /^(验证|完成设置并登录)$/ }).click();
}

// On /login/enrol: the secret shown as text (grouped by four, as apps show keys), remembered
// for the account's later codes.
export async function readEnrolmentSecret(page: Page, email: string): Promise<string> {
  const secret = ((await page.getByLabel('密钥', { exact: true }).textContent()) ?? '').replace(/\s/g, '');
  secrets.set(email, secret);
  return secret;
}

// Signs in through the real forms (in Chinese, the default language): the password, then the
// code — enrolling first, from the secret the page shows, when the account has no second factor
// yet — and waits for the workspace. Pass `next` to land on a given staff page instead of /staff.
export async function signIn(page: Page, email: string, password: string, next?: string): Promise<void> {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/login\/(verify|enrol)\?/);
  if (page.url().includes('/login/enrol')) await readEnrolmentSecret(page, email);
  await enterCode(page, email);
  await expect(page).toHaveURL(new RegExp(`${(next ?? '/staff').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\?|$)`));
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
}
