import type { ReadScope } from '@/db/core/read-scope';
import type { ProjectFilters } from '@/lib/project-filters';
import type { AsOfQuery } from '@/lib/schedule/as-of-query';

// What every card needs to know about this view of the dashboard.
// `asOf`: the day the figures stand at (absent: now); `compare`: a day to compare them with.
export type DashboardView = { scope: ReadScope; filters: ProjectFilters; locale: string } & AsOfQuery;
