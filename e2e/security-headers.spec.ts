import { expect, test } from '@playwright/test';

// Every kind of response: pages, a record page, a not-found page, the public API, a redirect target.
const PATHS = [
  '/',
  '/projects',
  '/projects/RAIL-JINAN-ZHENGZHOU-HSR',
  '/no-such-page',
  '/api/v1/projects',
  '/api/v1',
  '/map',
  '/dashboard',
  '/login',
];

for (const path of PATHS) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBeLessThan(500);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    // The tests run the production build, where HSTS is on.
    expect(headers['strict-transport-security']).toContain('max-age=');
  });
}

// The test seed's published photo (seed/test-fixtures.ts, EVIDENCE_FIXTURE_ID), and an id with
// no file: an uploaded file may run and load nothing, so the site's policy must not replace its own.
for (const path of ['/evidence/1', '/evidence/999999']) {
  test(`evidence answers carry their sandboxing policy on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(path === '/evidence/1' ? 200 : 404);
    const policies = response.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
    const sandbox = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
    expect(policies.map((h) => h.value)).toEqual([sandbox]);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['x-frame-options']).toBe('DENY');
  });
}
