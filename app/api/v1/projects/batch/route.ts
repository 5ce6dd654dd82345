import { expirePublicData } from '@/db/core/expire-public-data';
import { batchUpdateProjects, MAX_BATCH_BYTES } from '@/db/projects/api-batch';
import { signInFirst } from '@/db/projects/api-patch';
import { authenticateRequest } from '@/db/accounts/current-user';
import { answerResponse } from '@/lib/api/responses';
import { readJsonBody } from '@/lib/validation/api-request';

export const dynamic = 'force-dynamic';

// Body: { atomic?: boolean, updates: [{ code, version, fields, note }, …] }, each update what a
// PATCH /api/v1/projects/{code} would send (version for its If-Match), answered as it would be.
// Authenticated like that write; the cached public pages are expired once for the whole batch.
export async function POST(request: Request) {
  const actor = await authenticateRequest(request);
  if (!actor) return answerResponse(signInFirst());
  const read = await readJsonBody(request, MAX_BATCH_BYTES);
  if (read.response) return read.response;
  const { answer, written, fields } = await batchUpdateProjects(actor, read.body);
  if (written.length) expirePublicData({ projects: written, fields });
  return answerResponse(answer);
}
