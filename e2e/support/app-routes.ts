import fs from 'node:fs';
import path from 'node:path';

// The app's routes as its files declare them: every page.tsx and route.ts under app/, with the
// language segment and route groups removed. A route added later is crawled without anyone
// listing it; a new kind of dynamic segment fails the crawl until it is given values.
export type AppRoute = { pattern: string; kind: 'page' | 'route'; params: string[] };

const APP_DIR = path.resolve(import.meta.dirname, '../../app');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

export function appRoutes(): AppRoute[] {
  return walk(APP_DIR)
    .filter((file) => /\/(page\.tsx|route\.ts)$/.test(file))
    .map((file) => {
      const segments = path
        .relative(APP_DIR, path.dirname(file))
        .split(path.sep)
        .filter(Boolean)
        .filter((s) => s !== '[locale]' && !/^\(.*\)$/.test(s));
      const params = segments.filter((s) => s.startsWith('[')).map((s) => s.replace(/^\[(\.\.\.)?|\]$/g, ''));
      return {
        pattern: `/${segments.join('/')}`,
        kind: file.endsWith('page.tsx') ? ('page' as const) : ('route' as const),
        params,
      };
    });
}

// Every combination of the given values for a route's parameters.
export function expandRoute(route: AppRoute, values: (param: string, pattern: string) => string[]): string[] {
  let paths = [route.pattern];
  for (const param of route.params) {
    const options = values(param, route.pattern);
    if (options.length === 0) throw new Error(`no values to crawl ${route.pattern} with for [${param}]`);
    const segment = new RegExp(`\\[(\\.\\.\\.)?${param}\\]`);
    paths = paths.flatMap((p) => options.map((v) => p.replace(segment, encodeURIComponent(v))));
  }
  return paths;
}
