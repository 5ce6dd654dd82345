import 'server-only';
import { fetchProjects } from '@/db/projects/queries';
import { untilDataChanges } from '@/db/core/until-data-changes';
import { serializeProject } from '@/db/projects/api-shape';
import type { ProjectFilters } from '@/lib/project-filters';

// The open-data list is read far more often than anything changes, and the same pages (the
// first of a filter) again and again: each answer is kept, serialized, until the next write.
// 16 M characters hold some 300 pages of 100 and bound the memory a crawler can fill.
export const publicProjectPageJson = untilDataChanges(
  16_000_000,
  (filters: ProjectFilters, limit: number, cursor: number | undefined) => {
    const { projects, nextCursor } = fetchProjects('public', filters, { limit, after: cursor });
    return JSON.stringify({ data: projects.map(serializeProject), nextCursor });
  },
);
