import { expect, type Page } from '@playwright/test';

// The demo accounts that the test seed (SEED_FIXTURES=test) creates: see seed/demo-accounts.ts.
// Spelled out here rather than imported, so the browser tests state what they rely on.
export const DEMO_PASSWORD = 'circle-demo-2021';

export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@example.test', password: DEMO_PASSWORD, name: '演示管理员' },
  ziboEditor: { email: 'editor.zibo@example.test', password: DEMO_PASSWORD, name: '淄博编辑' },
  jinanEditor: { email: 'editor.jinan@example.test', password: DEMO_PASSWORD, name: '济南编辑' },
  viewer: { email: 'viewer@example.test', password: DEMO_PASSWORD, name: '演示查阅' },
} as const;

// Signs in through the real form (in Chinese, the default language) and waits for the
// workspace. Pass `next` to land on a given staff page instead of /staff.
export async function signIn(page: Page, email: string, password: string, next?: string): Promise<void> {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(new RegExp(`${(next ?? '/staff').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\?|$)`));
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
}
