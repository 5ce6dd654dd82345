import { readAtMost } from './read-at-most';

// What the proxy (proxy.ts) refuses before Next reads a request. Next meets a path it cannot
// decode with a 400 error page that an App Router app does not have, and answered 500 instead;
// and it reads a server action's body up to the largest form's limit (next.config.js) for anyone.

// A signed-out visitor's forms (sign-in, its second step, the language switch) send a few hundred
// bytes; this leaves room, and keeps what an anonymous caller can make the server hold small.
export const SIGNED_OUT_BODY_LIMIT = 64 * 1024;

// Pages answer GET and HEAD, and POST for their server actions.
const PAGE_METHODS = ['GET', 'HEAD', 'POST'];

const text = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } });

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// Next's action handler reads a multipart POST without a Next-Action header (a form sent before
// the page's script ran) as form data, and a body that is not answers 500.
function isFormPost(request: Request): boolean {
  return (
    request.method === 'POST' &&
    !request.headers.has('next-action') &&
    (request.headers.get('content-type') ?? '').startsWith('multipart/form-data')
  );
}

async function parsesAsForm(body: BodyInit | null, contentType: string): Promise<boolean> {
  return new Response(body, { headers: { 'Content-Type': contentType } }).formData().then(
    () => true,
    () => false,
  );
}

// Next names each server action by 42 hexadecimal digits; it met any other name in the Next-Action
// header with a 500 (an invalid reference) before the action's own checks.
const ACTION_ID = /^[0-9a-f]{42}$/;

type Caller = { signedIn: boolean; routeHandler: boolean };

export async function refuseRequest(request: Request, { signedIn, routeHandler }: Caller): Promise<Response | null> {
  if (!decodes(new URL(request.url).pathname)) return text(400, 'Bad Request: the path is not valid percent-encoding.');
  // Route handlers answer their own methods and read their own bodies; a form post to an address
  // under theirs that names none still reaches Next's action handler, with the not-found page.
  if (routeHandler) return isFormPost(request) ? refuseUnreadableForm(request, request.body) : null;
  if (!PAGE_METHODS.includes(request.method)) {
    return text(405, 'Method Not Allowed.', { Allow: PAGE_METHODS.join(', ') });
  }
  if (request.method !== 'POST') return null;
  const action = request.headers.get('next-action');
  if (action !== null && !ACTION_ID.test(action)) return text(400, 'Bad Request: no such server action.');
  // Only the session cookie's presence is known here; whether it is valid is decided later.
  let body: BodyInit | null = request.body;
  if (!signedIn) {
    const tooLarge = text(413, `Payload Too Large: at most ${SIGNED_OUT_BODY_LIMIT} bytes without signing in.`);
    if (Number(request.headers.get('content-length') ?? 0) > SIGNED_OUT_BODY_LIMIT) return tooLarge;
    const read = await readAtMost(request.body, SIGNED_OUT_BODY_LIMIT);
    if (read === null) return tooLarge;
    body = new Uint8Array(read);
  }
  return isFormPost(request) ? refuseUnreadableForm(request, body) : null;
}

async function refuseUnreadableForm(request: Request, body: BodyInit | null): Promise<Response | null> {
  const parses = await parsesAsForm(body, request.headers.get('content-type')!);
  return parses ? null : text(400, 'Bad Request: the form does not parse.');
}
