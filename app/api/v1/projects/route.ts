import type { NextRequest } from 'next/server';
import { expirePublicData } from '@/db/core/expire-public-data';
import { createProject } from '@/db/projects/mutations';
import { projectDetail } from '@/db/projects/detail';
import { z } from 'zod';
import { fetchCityCodes } from '@/db/places/queries';
import { PROJECT_PAGE_MAX } from '@/db/projects/queries';
import { badFilter, jsonData, jsonError } from '@/lib/api/responses';
import { authenticateRequest } from '@/db/accounts/current-user';
import { invalidFields, readJsonBody, refusalResponse } from '@/lib/validation/api-request';
import { parseListParams, searchParamsObject } from '@/lib/project-filters';
import { publicProjectPageJson } from './cached-page';

export const dynamic = 'force-dynamic';

const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(PROJECT_PAGE_MAX).default(100),
  cursor: z.coerce.number().int().min(1).optional(),
});

export async function GET(request: NextRequest) {
  const params = searchParamsObject(request.nextUrl.searchParams);
  const parsed = parseListParams(params, fetchCityCodes());
  if (parsed.error) return badFilter(parsed.error);
  const page = pageSchema.safeParse({ limit: params.limit, cursor: params.cursor });
  if (!page.success) {
    const issue = page.error.issues[0];
    return jsonError(
      400,
      `Invalid parameter "${String(issue.path[0])}": ${issue.message}. limit is 1–${PROJECT_PAGE_MAX}; cursor is the nextCursor of the previous page.`,
      { param: issue.path[0] },
    );
  }
  return new Response(publicProjectPageJson(parsed.filters, page.data.limit, page.data.cursor), {
    headers: { 'content-type': 'application/json' },
  });
}

// Body: the new project's fields (code, nameZh, category, stage, cityCodes, …) and an optional `note`.
export async function POST(request: Request) {
  const actor = await authenticateRequest(request);
  if (!actor) return jsonError(401, 'Sign in, or send a personal API token as "Authorization: Bearer <token>".');
  const read = await readJsonBody(request);
  if (read.response) return read.response;
  const { note, ...input } = read.body;
  const result = createProject(actor, input, note ?? '');
  if (result.ok) {
    const detail = projectDetail('internal', result.record);
    expirePublicData({ projects: [detail.code] });
    return jsonData(detail, {
      status: 201,
      headers: { ETag: `"${detail.version}"`, Location: `/api/v1/projects/${detail.code}` },
    });
  }
  if (result.status === 'invalid') return invalidFields(result.errors);
  return refusalResponse('forbidden', 'these cities');
}
