import type { ReadScope } from '@/db/core/read-scope';
import type { ProjectFilters } from '@/lib/project-filters';

// What every card needs to know about this view of the dashboard.
export type DashboardView = { scope: ReadScope; filters: ProjectFilters; locale: string };
