import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { prepareDatabase } from './prepare-database';

const SOURCE_DIRS = ['app', 'components', 'db', 'lib', 'messages', 'seed'];
const BUILD_MARKER = '.next/BUILD_ID';

function newestSourceTime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = fs.statSync(dir).mtimeMs;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

// Build when there is no build yet or the sources changed after the last one.
function buildIfNeeded(): void {
  const builtAt = fs.existsSync(BUILD_MARKER) ? fs.statSync(BUILD_MARKER).mtimeMs : 0;
  const changedAt = Math.max(...SOURCE_DIRS.map(newestSourceTime), fs.statSync('next.config.js').mtimeMs);
  if (builtAt > changedAt) return;
  console.log('building the app (next build)…');
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// What `npm start` does before `next start` takes over: build when needed, migrate, and seed an
// empty database. This process ends first, so no TypeScript loader stays in memory while serving.
buildIfNeeded();
prepareDatabase();
