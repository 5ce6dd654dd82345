import 'server-only';
import { updateProject, type ProjectResult } from './mutations';
import { projectDetail } from './detail';
import type { SignedInUser } from '@/db/accounts/session-queries';
import { errorAnswer, type ApiAnswer } from '@/lib/api/responses';
import { invalidFieldsAnswer, parseIfMatch, refusalAnswer } from '@/lib/validation/api-request';

// PATCH /api/v1/projects/{code} once the caller is known and the body read. `wrote` tells the
// caller to expire the cached public pages, and `fields` what changed.

export const signInFirst = (): ApiAnswer =>
  errorAnswer(401, 'Sign in, or send a personal API token as "Authorization: Bearer <token>".');

type Patched = { answer: ApiAnswer; wrote: boolean; fields?: string[] };

// Body: the fields to change plus `note` (why). If-Match must carry the ETag the caller read.
export async function patchProject(
  actor: SignedInUser,
  code: string,
  ifMatch: string | null,
  body: Record<string, unknown>,
): Promise<Patched> {
  const expected = parseIfMatch(ifMatch);
  if (expected === null)
    return refused(
      errorAnswer(
        428,
        'Send If-Match with the ETag from GET /api/v1/projects/{code}, so a change made meanwhile is never overwritten.',
      ),
    );
  if (expected === 'invalid')
    return refused(errorAnswer(400, 'If-Match must be the quoted version from the ETag, e.g. "3".'));
  const { note, ...patch } = body;
  const result = await updateProject(actor, code, expected, patch, note);
  return { answer: projectAnswer(code, expected, result), wrote: result.ok, fields: result.ok ? result.fields : [] };
}

// A write's result as the API answers it, for one write and for each update of a batch alike.
export function projectAnswer(code: string, expected: number, result: ProjectResult): ApiAnswer {
  if (result.ok) {
    const detail = projectDetail('internal', result.record);
    return { status: 200, payload: { data: detail }, etag: `"${detail.version}"` };
  }
  if (result.status === 'invalid') return invalidFieldsAnswer(result.errors);
  if (result.status === 'conflict') {
    const since = result.history.map((h) => ({
      version: h.version,
      at: h.createdAt,
      changes: h.changes,
      note: h.note,
    }));
    return errorAnswer(
      412,
      `The project is at version ${result.current.project.version}, not ${expected}. Read it again and reapply your change.`,
      {
        currentVersion: result.current.project.version,
        changesSince: since,
      },
    );
  }
  return refusalAnswer(result.status, code);
}

const refused = (answer: ApiAnswer): Patched => ({ answer, wrote: false });
