import 'server-only';
import type { Oc4idsContext } from '@/lib/oc4ids/facts';
import { latest, packageHead, packageTail } from '@/lib/oc4ids/package';
import { mapProject } from '@/lib/oc4ids/project';
import type { ProjectFilters } from '@/lib/project-filters';
import { fetchOc4idsFacts } from './facts';
import { fetchOc4idsProjectRows } from './project-rows';

// Projects read and written per page: the memory a package takes, whatever its size.
export const OC4IDS_PAGE = 200;

export type PackageFilters = ProjectFilters & { code?: string };

function mappedPage(filters: PackageFilters, context: Oc4idsContext, after: number) {
  const rows = fetchOc4idsProjectRows(filters, after, OC4IDS_PAGE);
  const projects = fetchOc4idsFacts(rows).map((facts) => mapProject(facts, context));
  return { projects, lastId: rows.length === OC4IDS_PAGE ? rows[rows.length - 1].id : null };
}

// The package of every published project matching the filters, written page by page as the
// reader takes it (pull), so 100,000 projects never sit in memory at once. Null when nothing
// matches: a package must hold at least one project.
export function streamOc4idsPackage(filters: PackageFilters, context: Oc4idsContext, uri: string) {
  const first = mappedPage(filters, context, 0);
  if (first.projects.length === 0) return null;
  const encoder = new TextEncoder();
  let page: ReturnType<typeof mappedPage> | null = first;
  let publishedDate = '';
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (page === null) return;
      publishedDate = latest(page.projects, publishedDate);
      const body = page.projects.map((p) => JSON.stringify(p)).join(',');
      const chunk = (started ? ',' : packageHead(context, uri)) + body;
      started = true;
      page = page.lastId === null ? null : mappedPage(filters, context, page.lastId);
      if (page !== null && page.projects.length === 0) page = null;
      controller.enqueue(encoder.encode(page === null ? chunk + packageTail(publishedDate) : chunk));
      if (page === null) controller.close();
    },
  });
}
