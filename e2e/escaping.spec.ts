import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './support/sign-in';

// Stored text is shown as text, never run as markup. A project's name and an update's note are
// set to script and attribute-breaking payloads through the write API (the same data layer the
// forms use); every page that shows them must show them literally, with no script element or
// event handler of theirs in the DOM and no dialog. The CSP allows inline scripts (Next needs
// them), so escaping is the defence this checks.

// A Jinan road drawn on the map, so the map's list and panel show it too.
const CODE = 'ROAD-JINAN-GREAT-NORTH-RING';
const NAME = 'XSS <script>alert(1)</script>"><img src=x onerror=alert(1)>';
const NOTE = "Note <script>alert(2)</script>\"><img src=x onerror=alert(2)> '-alert(3)-'";

async function expectShownInert(page: Page, path: string, texts: string[]) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(path);
  for (const text of texts)
    await expect(page.getByText(text).filter({ visible: true }).first(), `${text} on ${path}`).toBeVisible();
  const injected = await page.evaluate(() => ({
    // The payload's own script would hold exactly its code; Next's data scripts only quote it.
    scripts: [...document.scripts].filter((s) => /^alert\(\d\)$/.test(s.textContent?.trim() ?? '')).length,
    images: document.querySelectorAll('img[src="x"]').length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
  }));
  expect(injected, path).toEqual({ scripts: 0, images: 0, handlers: 0 });
  expect(dialogs, path).toEqual([]);
}

test('script and attribute payloads in a name and a note are shown as text everywhere', async ({ page, browser }) => {
  const { admin } = DEMO_ACCOUNTS;
  await signIn(page, admin.email, admin.password);
  const read = await page.request.get(`/api/v1/projects/${CODE}`);
  expect(read.ok()).toBe(true);
  const written = await page.request.patch(`/api/v1/projects/${CODE}`, {
    headers: { 'if-match': read.headers().etag },
    data: { nameZh: NAME, nameEn: NAME, note: NOTE },
  });
  expect(written.status(), await written.text()).toBe(200);

  // Signed in: the staff list, the staff project page with its history, the dashboard.
  await expectShownInert(page, `/staff/projects?q=${CODE.toLowerCase()}`, [NAME]);
  await expectShownInert(page, `/staff/projects/${CODE}`, [NAME, NOTE]);
  await expectShownInert(page, '/dashboard', [NAME]);

  // Signed out: the public list, the project page with its history (update notes are staff-only,
  // so the public sees the name there, in the page and in the history's change), the dashboard.
  const visitor = await (await browser.newContext()).newPage();
  await expectShownInert(visitor, '/projects?category=road&city=370100', [NAME]);
  await expectShownInert(visitor, `/projects/${CODE}`, [NAME]);
  await expect(visitor.getByText(NOTE)).toHaveCount(0);
  await expectShownInert(visitor, '/dashboard', [NAME]);
  // The map: its list of projects, and the panel a permalink opens.
  await expectShownInert(visitor, '/map?category=road', [NAME]);
  await expectShownInert(visitor, `/map?project=${CODE}`, [NAME]);
  await visitor.context().close();
});
