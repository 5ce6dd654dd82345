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
