import { filtersToQuery, type ProjectFilters } from '@/lib/project-filters';

// Every figure opens the project list filtered to what it counts: the dashboard's own filters,
// narrowed by what was clicked.
export function projectListHref(filters: ProjectFilters, narrow: ProjectFilters = {}): string {
  return `/projects${filtersToQuery({ ...filters, ...narrow })}`;
}

export function exportHref(filters: ProjectFilters, format: 'csv' | 'json'): string {
  const query = filtersToQuery(filters);
  return `/dashboard/export?format=${format}${query ? `&${query.slice(1)}` : ''}`;
}

// Figures about slippage open the list with the most slipped projects first.
export function slippageListHref(filters: ProjectFilters, narrow: ProjectFilters = {}): string {
  const href = projectListHref(filters, narrow);
  return `${href}${href.includes('?') ? '&' : '?'}sort=slippage`;
}
