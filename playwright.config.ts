import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { SERVER_ARGS } from './lib/server-command';
import { SERVER_NODE_OPTIONS } from './lib/server-node-options';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

// Debian's Chromium: no test tool may download its own browser on these machines.
const launchOptions = {
  executablePath: fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // A fresh database for every run: reset applies the migrations and the seed, with the
    // test fixtures (a draft project, an internal note, a published evidence file) that prove what
    // the public never sees, and what it sees.
    // Then the app's production server, as `npm start` runs it (lib/server-command.ts).
    command: `node --import tsx scripts/db-reset.ts && NODE_ENV=production node ${SERVER_ARGS.join(' ')} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/v1/cities`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      DATABASE_PATH: 'data/e2e.db',
      SEED_FIXTURES: 'test',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: SERVER_NODE_OPTIONS,
    },
  },
});
