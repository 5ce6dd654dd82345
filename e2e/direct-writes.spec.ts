import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { hashToken, newToken } from '../lib/auth/session-token';

// API project updates sent with a token are answered by the server itself
// (server/direct-project-writes.ts), not by Next's route handler: the same answers, the same
// headers, and the cached public pages expired before the answer goes out.

const CODE = 'RAIL-JINAN-ZHENGZHOU-HSR';
let token: string;

test.beforeAll(() => {
  // The browser tests' database (playwright.config.ts), with an admin and a token of its own.
  const db = new Database('data/e2e.db');
  token = newToken();
  const userId = db
    .prepare(`insert into users (email, display_name, password_hash, role) values (?, 'Direct writes', '!', 'admin')`)
    .run(`direct-writes-${Date.now()}@example.test`).lastInsertRowid;
  db.prepare(`insert into api_tokens (token_hash, user_id, label) values (?, ?, 'direct writes')`).run(
    hashToken(token),
    userId,
  );
  db.close();
});

const headers = (extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  authorization: `Bearer ${token}`,
  ...extra,
});

test('a token write is answered with its new version, and the cached map and dashboard show it at once', async ({
  request,
}) => {
  const read = await request.get(`/api/v1/projects/${CODE}`);
  const version = Number(read.headers().etag.replaceAll('"', ''));
  const before = (await read.json()).data.progress as number | null;
  for (const path of ['/dashboard', '/map']) {
    await request.get(path);
    expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');
  }

  const progress = before === 37 ? 38 : 37;
  const write = await request.patch(`/api/v1/projects/${CODE}`, {
    headers: headers({ 'if-match': `"${version}"` }),
    data: { progress, note: 'direct write test' },
  });
  expect(write.status()).toBe(200);
  expect(write.headers().etag).toBe(`"${version + 1}"`);
  expect(write.headers()['x-content-type-options']).toBe('nosniff');
  expect(write.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect((await write.json()).data).toMatchObject({ code: CODE, progress, version: version + 1 });

  // Expired by the write: rendered afresh, not the copy from before it.
  for (const path of ['/dashboard', '/map'])
    expect((await request.get(path)).headers()['x-nextjs-cache']).not.toBe('HIT');
  const history = (await (await request.get(`/api/v1/projects/${CODE}`)).json()).data.history;
  expect(history[0]).toMatchObject({
    version: version + 1,
    changes: [expect.objectContaining({ field: 'progress', to: progress })],
  });

  const undo = await request.patch(`/api/v1/projects/${CODE}`, {
    headers: headers({ 'if-match': `"${version + 1}"` }),
    data: { progress: before, note: 'direct write test, undone' },
  });
  expect(undo.status()).toBe(200);
});

test("a token write that cannot be made gets the route handler's answer and changes nothing", async ({ request }) => {
  const read = await request.get(`/api/v1/projects/${CODE}`);
  const etag = read.headers().etag;
  const version = Number(etag.replaceAll('"', ''));
  const cases: [string, Parameters<typeof request.patch>[1], number, string][] = [
    [
      'no token known',
      {
        headers: { ...headers({ 'if-match': etag }), authorization: 'Bearer not-a-token' },
        data: { progress: 1, note: 'x' },
      },
      401,
      'personal API token',
    ],
    [
      'not JSON',
      { headers: headers({ 'if-match': etag, 'content-type': 'text/plain' }), data: 'progress=1' },
      415,
      'application/json',
    ],
    [
      'broken JSON',
      { headers: headers({ 'if-match': etag }), data: Buffer.from('{"progress":') },
      400,
      'not valid JSON',
    ],
    ['too large', { headers: headers({ 'if-match': etag }), data: { note: 'x'.repeat(70_000) } }, 413, 'at most'],
    ['no If-Match', { headers: headers(), data: { progress: 1, note: 'x' } }, 428, 'If-Match'],
    [
      'a stale version',
      { headers: headers({ 'if-match': `"${version - 1}"` }), data: { progress: 1, note: 'x' } },
      412,
      `at version ${version}`,
    ],
    ['a bad field', { headers: headers({ 'if-match': etag }), data: { progress: 140, note: 'x' } }, 400, 'invalid'],
  ];
  for (const [what, init, status, message] of cases) {
    const response = await request.patch(`/api/v1/projects/${CODE}`, init);
    expect(response.status(), what).toBe(status);
    const body = await response.json();
    expect(body.error.status, what).toBe(status);
    expect(body.error.message, what).toContain(message);
  }
  expect((await request.get(`/api/v1/projects/${CODE}`)).headers().etag).toBe(etag);
});
