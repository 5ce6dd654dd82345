import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// First-load JavaScript per route, gzipped, from the build's own statistics
// (.next/diagnostics/route-bundle-stats.json, written by `next build` in Next 16).

export const BUDGET_BYTES: Record<string, number> = { '/map': 150 * 1024, '/dashboard': 280 * 1024 };
export const DEFAULT_BUDGET_BYTES = 160 * 1024;

type RouteStats = { route: string; firstLoadChunkPaths: string[] };

// The address a reader uses for a built route: pages live under app/[locale], and the cached
// views of /map and /dashboard answer at those addresses (proxy.ts).
function publicRoute(route: string): string {
  return route.replace(/^\/\[locale\]/, '').replace(/\/cached-view\/\[view\]$/, '') || '/';
}

export function firstLoadGzipBytes(root: string): { route: string; bytes: number; budget: number }[] {
  const stats = JSON.parse(
    fs.readFileSync(path.join(root, '.next/diagnostics/route-bundle-stats.json'), 'utf8'),
  ) as RouteStats[];
  const gzipped = new Map<string, number>();
  const sizeOf = (chunk: string) => {
    if (!gzipped.has(chunk)) gzipped.set(chunk, gzipSync(fs.readFileSync(path.join(root, chunk))).length);
    return gzipped.get(chunk)!;
  };
  return stats.map((s) => ({
    route: publicRoute(s.route),
    bytes: s.firstLoadChunkPaths.reduce((sum, chunk) => sum + sizeOf(chunk), 0),
    budget: BUDGET_BYTES[publicRoute(s.route)] ?? DEFAULT_BUDGET_BYTES,
  }));
}
