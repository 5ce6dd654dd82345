import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './support/sign-in';

// axe-core (WCAG 2.0–2.2 A and AA, and best practice) over every public page and the main staff
// pages, in both languages, on a desktop and a phone, and in the states an audit found faults
// in: the map with a project selected and a staff form after a refused submit. Any violation
// fails. Then the keyboard walks axe cannot make: where the focus goes when the map's panel
// opens and closes, and that it stays in the panel's sheet on a phone.

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const PROJECT = 'AIR-JINAN-YAOQIANG-PHASE-2';
const EDITABLE = 'RAIL-HUANGTAI-CONNECTING-LINE';

const PUBLIC_PAGES = [
  '/',
  `/projects?q=${encodeURIComponent('高铁')}`,
  `/projects/${PROJECT}`,
  '/map',
  `/map?project=${PROJECT}`,
  '/dashboard',
  '/about',
  `/search?q=${encodeURIComponent('遥墙机场')}`,
  '/login',
  '/no-such-page',
];

async function staffPages(page: Page): Promise<string[]> {
  const agreement = (await (await page.request.get('/api/v1/agreements')).json()).data[0].code as string;
  return [
    '/staff',
    '/staff/projects',
    `/staff/projects/${EDITABLE}`,
    '/staff/records/agreement',
    `/staff/records/agreement/${agreement}`,
    '/staff/import',
    '/staff/users',
    '/staff/tokens',
    `/staff/search?q=${encodeURIComponent('港')}`,
  ];
}

// One finding per rule and page, with the elements it names, so a failure says what to fix.
async function audit(page: Page, where: string): Promise<string[]> {
  // Only violations are collected: the passes' details would double the time of each run.
  const { violations } = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map(
    (v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
  );
}

// Each page in each language, read on a desktop and then, resized, on a phone.
async function auditPages(page: Page, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const language of ['zh', 'en']) {
    await page.context().addCookies([{ name: 'NEXT_LOCALE', value: language, url: BASE }]);
    for (const path of paths) {
      await page.setViewportSize(DESKTOP);
      await page.goto(path);
      found.push(...(await audit(page, `${path} (${language}, desktop)`)));
      await page.setViewportSize(PHONE);
      found.push(...(await audit(page, `${path} (${language}, phone)`)));
    }
  }
  return found;
}

test('public pages have no accessibility violations', async ({ page }) => {
  test.setTimeout(120_000);
  const found = await auditPages(page, PUBLIC_PAGES);
  expect(found, found.join('\n')).toEqual([]);
});

test('staff pages, and a form after a refused submit, have no accessibility violations', async ({ page }) => {
  test.setTimeout(120_000);
  const admin = DEMO_ACCOUNTS.admin;
  await signIn(page, admin.email, admin.password);
  const found = await auditPages(page, await staffPages(page));

  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: BASE }]);
  await page.setViewportSize(DESKTOP);
  await page.goto(`/staff/projects/${EDITABLE}`);
  const form = page.getByRole('form', { name: '更新项目' });
  await form.getByLabel('进度', { exact: true }).fill('140');
  await form.getByLabel('修改原因（记入变更记录）').fill('typo');
  await form.getByRole('button', { name: '保存修改' }).click();
  // The refusal takes the focus, so keyboard and screen-reader users go on from it.
  await expect(form.getByRole('alert')).toBeFocused();
  found.push(...(await audit(page, 'refused staff form (desktop)')));
  await page.setViewportSize(PHONE);
  found.push(...(await audit(page, 'refused staff form (phone)')));
  expect(found, found.join('\n')).toEqual([]);
});

const firstListLink = (page: Page) => page.getByTestId('map-list-item').first().getByRole('link');
const panel = (page: Page) => page.getByTestId('project-panel');

test('closing the map panel gives the focus back to what opened it', async ({ page }) => {
  await page.goto('/map');
  const opener = firstListLink(page);
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(opener).toBeFocused();

  // By the Close link, reached by keyboard.
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(panel(page).getByRole('link', { name: /关闭/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('a panel opened by its address gives the focus to its row in the list when closed', async ({ page }) => {
  await page.goto(`/map?project=${PROJECT}`);
  await panel(page).getByRole('link', { name: /关闭/ }).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.locator(`[data-testid="map-list-item"][data-code="${PROJECT}"] a`)).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('Tab stays inside the panel sheet while it covers the list', async ({ page }) => {
    await page.goto('/map');
    await firstListLink(page).focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
    const insideSheet = () =>
      page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="project-panel"]')));
    const controls = await panel(page).locator('a[href], button').count();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < controls + 2; i++) {
        await page.keyboard.press(key);
        expect(await insideSheet(), `${key} ×${i + 1}`).toBe(true);
      }
    }
  });
});
