import type { Stage } from '@/lib/enums';

// A row's list link narrowed to one stage. The server builds the table's links with it and the
// chart builds its segments' links with it, so the page sends one link per row, not seven, and
// the two cannot disagree. Plain URLSearchParams: the chart's bundle stays free of zod.
export function stageHref(rowHref: string, stage: Stage): string {
  const [path, query = ''] = rowHref.split('?');
  const params = new URLSearchParams(query);
  params.set('stage', stage);
  return `${path}?${params.toString()}`;
}
