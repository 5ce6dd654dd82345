import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { fetchCityCodes } from '@/db/queries/places';
import { fetchProjects, PROJECT_PAGE_MAX } from '@/db/queries/projects';
import { badFilter, jsonData, jsonError } from '@/lib/api/responses';
import { serializeProject } from '@/lib/api/serialize-project';
import { parseProjectFilters, searchParamsObject } from '@/lib/project-filters';

export const dynamic = 'force-dynamic';

const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(PROJECT_PAGE_MAX).default(100),
  cursor: z.coerce.number().int().min(1).optional(),
});

export async function GET(request: NextRequest) {
  const params = searchParamsObject(request.nextUrl.searchParams);
  const parsed = parseProjectFilters(params, fetchCityCodes());
  if (parsed.error) return badFilter(parsed.error);
  const page = pageSchema.safeParse({ limit: params.limit, cursor: params.cursor });
  if (!page.success) {
    const issue = page.error.issues[0];
    return jsonError(400, `Invalid parameter "${String(issue.path[0])}": ${issue.message}. limit is 1–${PROJECT_PAGE_MAX}; cursor is the nextCursor of the previous page.`, { param: issue.path[0] });
  }
  const { projects, nextCursor } = fetchProjects('public', parsed.filters, { limit: page.data.limit, after: page.data.cursor });
  return jsonData(projects.map(serializeProject), { extra: { nextCursor } });
}
