import { expect, test, type APIRequestContext } from '@playwright/test';

// Server actions take bodies up to the largest form's need (evidence uploads, next.config.js),
// but only from callers with a session cookie: without one, the proxy refuses a body over 64 KB
// (lib/refuse-request.ts) before Next reads it. A signed-in upload of a 3 MB photo still works:
// e2e/evidence-upload.spec.ts.

const LARGE = 2 * 1024 * 1024;

// A real action of the sign-in page (its language switch), as its form names it for browsers
// without script.
async function signInPageAction(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/login')).text();
  const id = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(html)?.[1];
  expect(id, 'the sign-in page names a server action').toBeTruthy();
  return id!;
}

test("a signed-out caller's large body to a server action gets 413 before Next reads it", async ({ request }) => {
  const action = await signInPageAction(request);
  const padding = 'x'.repeat(LARGE);
  const sent = [
    // As the page's script sends it…
    request.post('/login', { headers: { 'next-action': action }, multipart: { email: 'a@example.test', padding } }),
    // …and as a form sent without script.
    request.post('/login', { multipart: { [`$ACTION_ID_${action}`]: '', email: 'a@example.test', padding } }),
    request.post('/', { headers: { 'next-action': action, 'content-type': 'text/plain' }, data: `["${padding}"]` }),
  ];
  for (const response of await Promise.all(sent)) {
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain('without signing in');
  }
});

test("a signed-out caller's small server action body is not refused", async ({ request }) => {
  const action = await signInPageAction(request);
  const form = { [`$ACTION_ID_${action}`]: '', email: 'a@example.test' };
  const response = await request.post('/login', { multipart: form, maxRedirects: 0 });
  expect(response.status()).not.toBe(413);
  expect(response.status()).toBeLessThan(500);
});
