import { jsonError } from '@/lib/api/responses';
import { fieldErrorsInEnglish, type FieldErrors } from './field-errors';

// The write API's reading of a request, answering with the status a script can act on.
export const MAX_JSON_BYTES = 64 * 1024;

export async function readJsonBody(request: Request): Promise<{ body: Record<string, unknown>; response?: undefined } | { response: Response; body?: undefined }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) return { response: jsonError(415, 'Send the body as JSON with Content-Type: application/json.') };
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_JSON_BYTES) return { response: jsonError(413, `The body may be at most ${MAX_JSON_BYTES} bytes.`) };
  const text = await readAtMost(request, MAX_JSON_BYTES);
  if (text === null) return { response: jsonError(413, `The body may be at most ${MAX_JSON_BYTES} bytes.`) };
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return { response: jsonError(400, 'The body must be a JSON object.') };
    return { body: body as Record<string, unknown> };
  } catch {
    return { response: jsonError(400, 'The body is not valid JSON.') };
  }
}

// Stops reading once the body passes the limit: a chunked body declares no length, and
// request.text() would hold all of it, however large, in memory before it could be refused.
async function readAtMost(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks).toString('utf8');
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

// If-Match: "<version>" (weak or strong); anything else is not a version this API handed out.
export function parseIfMatch(header: string | null): number | null | 'invalid' {
  if (header === null) return null;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  return match ? Number(match[1]) : 'invalid';
}

export function invalidFields(errors: FieldErrors): Response {
  return jsonError(400, 'Some fields are invalid.', { fields: fieldErrorsInEnglish(errors) });
}

export function refusalResponse(status: 'forbidden' | 'not_found', what: string): Response {
  return status === 'forbidden'
    ? jsonError(403, `Your role or cities do not allow this change to ${what}.`)
    : jsonError(404, `No project has the code "${what}".`);
}
