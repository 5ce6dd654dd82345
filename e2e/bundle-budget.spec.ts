import { expect, test } from '@playwright/test';
import { firstLoadGzipBytes } from '../lib/perf/bundle-budget';

// Runs in the browser-test phase because it needs the production build that phase makes.
test('first-load JavaScript of every route stays within its gzip budget', () => {
  const routes = firstLoadGzipBytes(process.cwd());
  expect(routes.map((r) => r.route)).toEqual(expect.arrayContaining(['/', '/dashboard', '/projects']));
  const over = routes
    .filter((r) => r.bytes > r.budget)
    .map((r) => `${r.route}: ${(r.bytes / 1024).toFixed(1)} KB > ${r.budget / 1024} KB`);
  expect(over).toEqual([]);
});
