import type { IncomingMessage, ServerResponse } from 'node:http';
import { fetchApiTokenUser } from '@/db/accounts/session-queries';
import { patchProject, signInFirst } from '@/db/projects/api-patch';
import { errorAnswer, type ApiAnswer } from '@/lib/api/responses';
import { securityHeaders } from '@/lib/security-headers.js';
import { MAX_JSON_BYTES, parseJsonObject, refuseBodyHeaders } from '@/lib/validation/api-request';

// PATCH /api/v1/projects/{code} from API token holders, answered here instead of by Next: Next's
// handling of a request to a route handler costs about 1.1 ms of CPU on the benchmark machine,
// more than the write itself, and kept writes near 500/s (docs/SCALING.md). The answer is the
// route handler's own (db/projects/api-patch.ts); signed-in pages of the site, which send a
// session cookie instead of a token, still go to the route handler.

const PROJECT_PATH = /^\/api\/v1\/projects\/([^/?#]+)(?:\?.*)?$/;
const BEARER = /^bearer\s+(.+)$/i;
const HEADERS = Object.fromEntries(securityHeaders(true).map((h) => [h.key, h.value]));

// The project code when this request is one the direct path answers, or null.
export function directProjectWrite(request: IncomingMessage): string | null {
  if (request.method !== 'PATCH' || !BEARER.test(request.headers.authorization ?? '')) return null;
  const match = PROJECT_PATH.exec(request.url ?? '');
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export async function answerProjectWrite(
  code: string,
  request: IncomingMessage,
  response: ServerResponse,
  expirePublicData: () => Promise<void>,
): Promise<void> {
  try {
    const answer = await write(code, request, expirePublicData);
    send(response, answer);
  } catch (error) {
    console.error('direct project write failed', error);
    send(response, errorAnswer(500, 'The server failed to handle this request.'));
  }
}

async function write(
  code: string,
  request: IncomingMessage,
  expirePublicData: () => Promise<void>,
): Promise<ApiAnswer> {
  const actor = fetchApiTokenUser(BEARER.exec(request.headers.authorization ?? '')![1].trim());
  if (!actor) return signInFirst();
  const refusal = refuseBodyHeaders(request.headers['content-type'] ?? null, request.headers['content-length'] ?? null);
  if (refusal) return refusal;
  const read = parseJsonObject(await readAtMost(request, MAX_JSON_BYTES));
  if (read.refusal) return read.refusal;
  const ifMatch = request.headers['if-match'] ?? null;
  const { answer, wrote } = await patchProject(actor, code, ifMatch, read.body);
  if (wrote) {
    // The write is committed; were the cached pages not expired, they would show the old record
    // for up to their 300 s. That is logged, and the caller still learns its write landed.
    await expirePublicData().catch((error: unknown) => console.error('expiring the cached public pages failed', error));
  }
  return answer;
}

// Stops keeping the body once it passes the limit, as the route handler does; the answer then
// closes the connection, which ends the upload.
function readAtMost(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.byteLength;
      if (size > limit) resolve(null);
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, { status, payload, etag }: ApiAnswer): void {
  const body = JSON.stringify(payload);
  response.writeHead(status, {
    ...HEADERS,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    ...(etag ? { ETag: etag } : {}),
    ...(status === 413 ? { Connection: 'close' } : {}),
  });
  response.end(body);
}
