import { expect, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { hashToken, newToken } from '../../lib/auth/session-token';

// An admin with a personal API token, written straight into the browser tests' database
// (playwright.config.ts), for specs that drive the write API as another system would.
export function createAdminToken(label: string): string {
  const db = new Database('data/e2e.db');
  try {
    const token = newToken();
    const userId = db
      .prepare(`insert into users (email, display_name, password_hash, role) values (?, ?, '!', 'admin')`)
      .run(`${label.replaceAll(' ', '-')}-${Date.now()}@example.test`, label).lastInsertRowid;
    db.prepare(`insert into api_tokens (token_hash, user_id, label) values (?, ?, ?)`).run(
      hashToken(token),
      userId,
      label,
    );
    return token;
  } finally {
    db.close();
  }
}

// A change to one project through PATCH /api/v1/projects/{code}, at the version a read gives, as
// another system would send it; fails the test unless it is written.
export async function patchProject(
  request: APIRequestContext,
  token: string,
  code: string,
  fields: Record<string, unknown>,
  note: string,
): Promise<void> {
  const etag = (await request.get(`/api/v1/projects/${code}`)).headers().etag ?? '"1"';
  const res = await request.patch(`/api/v1/projects/${code}`, {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'if-match': etag },
    data: { ...fields, note },
  });
  expect(res.status(), await res.text()).toBe(200);
}
