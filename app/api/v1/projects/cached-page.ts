import 'server-only';
import { unstable_cache } from 'next/cache';
import { fetchProjects } from '@/db/queries/projects';
import { serializeProject } from '@/lib/api/serialize-project';
import { PUBLIC_DATA_TAG } from '@/lib/cache-tags';
import type { ProjectFilters } from '@/lib/project-filters';

// Next keeps this cache on disk across restarts, but a restart may come with another database
// (a reset, a restored backup): entries filled by an earlier process must not be served.
const PROCESS_START = String(Date.now());

// The open-data list is read far more often than staff change anything, so each page's answer
// comes from Next's data cache, already serialized. Every write expires PUBLIC_DATA_TAG
// (expirePublicData), so the next reader gets the change at once; the time limit only bounds
// staleness after changes made outside the app (a restored backup, a script).
export const fetchPublicProjectPageJson = unstable_cache(async (filters: ProjectFilters, limit: number, cursor: number | undefined) => {
  const { projects, nextCursor } = fetchProjects('public', filters, { limit, after: cursor });
  return JSON.stringify({ data: projects.map(serializeProject), nextCursor });
}, ['api-project-page', PROCESS_START], { tags: [PUBLIC_DATA_TAG], revalidate: 300 });
