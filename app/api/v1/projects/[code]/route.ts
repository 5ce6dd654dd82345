import { expirePublicData } from '@/db/mutations/expire-public-data';
import { updateProject } from '@/db/mutations/projects';
import { fetchProjectDetail, projectDetail } from '@/db/queries/project-detail';
import { jsonData, jsonError } from '@/lib/api/responses';
import { authenticateRequest } from '@/lib/auth/current-user';
import { invalidFields, parseIfMatch, readJsonBody, refusalResponse } from '@/lib/validation/api-request';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ code: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { code } = await params;
  const detail = fetchProjectDetail('public', code);
  if (!detail) return jsonError(404, `No published project has the code "${code}".`);
  return jsonData(detail, { headers: { ETag: `"${detail.version}"` } });
}

// Body: the fields to change plus `note` (why). If-Match must carry the ETag the caller read.
export async function PATCH(request: Request, { params }: Context) {
  const { code } = await params;
  const actor = await authenticateRequest(request);
  if (!actor) return jsonError(401, 'Sign in, or send a personal API token as "Authorization: Bearer <token>".');
  const read = await readJsonBody(request);
  if (read.response) return read.response;
  const expected = parseIfMatch(request.headers.get('if-match'));
  if (expected === null) return jsonError(428, 'Send If-Match with the ETag from GET /api/v1/projects/{code}, so a change made meanwhile is never overwritten.');
  if (expected === 'invalid') return jsonError(400, 'If-Match must be the quoted version from the ETag, e.g. "3".');
  const { note, ...patch } = read.body;
  const result = await updateProject(actor, code, expected, patch, note);
  if (result.ok) {
    expirePublicData();
    const detail = projectDetail('internal', result.record);
    return jsonData(detail, { headers: { ETag: `"${detail.version}"` } });
  }
  if (result.status === 'invalid') return invalidFields(result.errors);
  if (result.status === 'conflict') {
    const since = result.history.map((h) => ({ version: h.version, at: h.createdAt, changes: h.changes, note: h.note }));
    return jsonError(412, `The project is at version ${result.current.project.version}, not ${expected}. Read it again and reapply your change.`, {
      currentVersion: result.current.project.version, changesSince: since,
    });
  }
  return refusalResponse(result.status, code);
}
