import { readAtMost } from './read-at-most';

// What the proxy (proxy.ts) refuses before Next reads a request. Next meets a path it cannot
// decode with a 400 error page that an App Router app does not have, and answered 500 instead;
// it answered 500 to a server action from another site too; and it reads a server action's body
// up to the largest form's limit (next.config.js) for anyone.

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

// A request Next's action handler takes for a server action: one naming an action, or any multipart
// POST (a form sent before the page's script ran).
function isPossibleAction(request: Request): boolean {
  return (
    request.headers.has('next-action') || (request.headers.get('content-type') ?? '').startsWith('multipart/form-data')
  );
}

// Next runs a server action only when its Origin is the host it was sent to (the first
// X-Forwarded-Host, else Host), against cross-site request forgery, and answered 500 otherwise:
// it threw on an Origin that is not an address, and aborted one from another site as an error.
// The same rule, answered as what it is.
function originRefusal(request: Request): Response | null {
  const origin = request.headers.get('origin');
  if (origin === null || !isPossibleAction(request)) return null;
  let originHost: string;
  try {
    originHost = origin === 'null' ? 'null' : new URL(origin).host;
  } catch {
    return text(400, 'Bad Request: the Origin header is not an address.');
  }
  const host =
    request.headers.get('x-forwarded-host')?.split(',')[0].trim() ||
    request.headers.get('host') ||
    new URL(request.url).host;
  return originHost === host ? null : text(403, 'Forbidden: a server action sent from another site.');
}

type Caller = { signedIn: boolean; routeHandler: boolean };

export async function refuseRequest(request: Request, { signedIn, routeHandler }: Caller): Promise<Response | null> {
  if (!decodes(new URL(request.url).pathname)) return text(400, 'Bad Request: the path is not valid percent-encoding.');
  // At any path: one under a route handler's prefix that no handler answers is a page (not found),
  // which Next's action handler meets first. A route handler runs no server action.
  const foreign = request.method === 'POST' ? originRefusal(request) : null;
  if (foreign) return foreign;
  const action = request.headers.get('next-action');
  if (request.method === 'POST' && action !== null && !ACTION_ID.test(action)) {
    return text(400, 'Bad Request: no such server action.');
  }
  // Route handlers answer their own methods and read their own bodies; a form post that no
  // handler answers still meets Next's action handler, with the not-found page.
  if (routeHandler) return isFormPost(request) ? refuseUnreadableForm(request, request.body) : null;
  if (!PAGE_METHODS.includes(request.method)) {
    return text(405, 'Method Not Allowed.', { Allow: PAGE_METHODS.join(', ') });
  }
  if (request.method !== 'POST') return null;
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
