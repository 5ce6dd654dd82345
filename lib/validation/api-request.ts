import { answerResponse, errorAnswer, type ApiAnswer } from '@/lib/api/responses';
import { readAtMost } from '@/lib/read-at-most';
import { fieldErrorsInEnglish, type FieldErrors } from './field-errors';

// The write API's reading of a request, answering with the status a script can act on. One
// record's write is held to MAX_JSON_BYTES; a batch of writes passes its own, larger limit.
export const MAX_JSON_BYTES = 64 * 1024;

type JsonBody = { body: Record<string, unknown>; refusal?: undefined } | { refusal: ApiAnswer; body?: undefined };

// What the headers alone refuse: a body that is not JSON, or declares more than the limit.
export function refuseBodyHeaders(
  contentType: string | null,
  contentLength: string | null,
  limit = MAX_JSON_BYTES,
): ApiAnswer | null {
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType ?? ''))
    return errorAnswer(415, 'Send the body as JSON with Content-Type: application/json.');
  if (Number(contentLength ?? 0) > limit) return tooLarge(limit);
  return null;
}

// The body read (null when it passed the limit) as the JSON object the write API takes.
export function parseJsonObject(text: string | null, limit = MAX_JSON_BYTES): JsonBody {
  if (text === null) return { refusal: tooLarge(limit) };
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return { refusal: errorAnswer(400, 'The body must be a JSON object.') };
    return { body: body as Record<string, unknown> };
  } catch {
    return { refusal: errorAnswer(400, 'The body is not valid JSON.') };
  }
}

const tooLarge = (limit: number) => errorAnswer(413, `The body may be at most ${limit} bytes.`);

export async function readJsonBody(
  request: Request,
  limit = MAX_JSON_BYTES,
): Promise<{ body: Record<string, unknown>; response?: undefined } | { response: Response; body?: undefined }> {
  const refusal = refuseBodyHeaders(request.headers.get('content-type'), request.headers.get('content-length'), limit);
  if (refusal) return { response: answerResponse(refusal) };
  const read = parseJsonObject((await readAtMost(request.body, limit))?.toString('utf8') ?? null, limit);
  return read.refusal ? { response: answerResponse(read.refusal) } : { body: read.body };
}

// If-Match: "<version>" (weak or strong); anything else is not a version this API handed out.
export function parseIfMatch(header: string | null): number | null | 'invalid' {
  if (header === null) return null;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  return match ? Number(match[1]) : 'invalid';
}

export function invalidFieldsAnswer(errors: FieldErrors): ApiAnswer {
  return errorAnswer(400, 'Some fields are invalid.', { fields: fieldErrorsInEnglish(errors) });
}

export function invalidFields(errors: FieldErrors): Response {
  return answerResponse(invalidFieldsAnswer(errors));
}

export function refusalAnswer(status: 'forbidden' | 'not_found', what: string): ApiAnswer {
  return status === 'forbidden'
    ? errorAnswer(403, `Your role or cities do not allow this change to ${what}.`)
    : errorAnswer(404, `No project has the code "${what}".`);
}

export function refusalResponse(status: 'forbidden' | 'not_found', what: string): Response {
  return answerResponse(refusalAnswer(status, what));
}
