import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { hashToken, newToken } from '@/lib/auth/session-token';
import { serverCommand } from '@/lib/server-command';

// The production server (`next start`, as `npm start` runs it) on a database of its own, as the reliability tests need
// it: started, killed with any signal, and started again on the same file.

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type TestDatabase = { file: string; token: string; remove(): void };

// One port beside the browser tests' server, so whoever picks E2E_PORT also picks this one.
export function reliabilityPort(): number {
  return Number(process.env.RELIABILITY_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
}

// Made the way production makes one (migrations, then the seed), plus an admin with a personal
// API token for the write API, stored hashed as /staff/tokens stores it.
export function createTestDatabase(label: string): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tracker-${label}-`));
  const file = path.join(dir, 'tracker.db');
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: file };
  // Not the browser tests' fixtures: the database production would have.
  delete env.SEED_FIXTURES;
  const reset = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-reset.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (reset.status !== 0) throw new Error(`db-reset failed: ${reset.stderr}`);
  const db = new Database(file);
  const token = newToken();
  const userId = db
    .prepare(
      `insert into users (email, display_name, password_hash, role) values (?, 'Reliability test', '!', 'admin')`,
    )
    .run(`${label}@example.test`).lastInsertRowid;
  db.prepare(`insert into api_tokens (token_hash, user_id, label) values (?, ?, ?)`).run(
    hashToken(token),
    userId,
    label,
  );
  db.close();
  return { file, token, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function publishedProjectCodes(file: string, count: number): string[] {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare(`select code from projects where publication = 'published' and deleted_at is null order by id limit ?`)
    .all(count) as { code: string }[];
  db.close();
  return rows.map((r) => r.code);
}

export class ProductionServer {
  private output = '';
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  static async start(port: number, databaseFile: string): Promise<ProductionServer> {
    if (!fs.existsSync(path.join(ROOT, '.next/BUILD_ID')))
      throw new Error('No production build: run `npx next build` first (`npm run test:e2e` does).');
    // Its own process group, so a kill reaches everything it started and nothing else.
    const { command, args, env } = serverCommand(port, { ...process.env, DATABASE_PATH: databaseFile });
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const server = new ProductionServer(child, `http://127.0.0.1:${port}`);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) break;
      try {
        if ((await fetch(`${server.url}/api/v1/cities`)).ok) return server;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await server.kill('SIGKILL');
    throw new Error(`The server on port ${port} did not start:\n${server.output}`);
  }

  // Everything the server printed lately: a 500 logs its stack here.
  get log(): string {
    return this.output;
  }

  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try {
        process.kill(-this.child.pid!, signal);
      } catch {
        // Already gone.
      }
    }
    await this.exited;
  }
}
