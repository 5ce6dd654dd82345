import { expirePublicData } from '@/db/core/expire-public-data';
import { fetchProjectDetail } from '@/db/projects/detail';
import { patchProject, signInFirst } from '@/db/projects/api-patch';
import { answerResponse, jsonData, jsonError } from '@/lib/api/responses';
import { authenticateRequest } from '@/db/accounts/current-user';
import { readJsonBody } from '@/lib/validation/api-request';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ code: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { code } = await params;
  const detail = fetchProjectDetail('public', code);
  if (!detail) return jsonError(404, `No published project has the code "${code}".`);
  return jsonData(detail, { headers: { ETag: `"${detail.version}"` } });
}

export async function PATCH(request: Request, { params }: Context) {
  const { code } = await params;
  const actor = await authenticateRequest(request);
  if (!actor) return answerResponse(signInFirst());
  const read = await readJsonBody(request);
  if (read.response) return read.response;
  const { answer, wrote, fields } = await patchProject(actor, code, request.headers.get('if-match'), read.body);
  if (wrote) expirePublicData({ projects: [code], fields });
  return answerResponse(answer);
}
