import { describe, expect, it } from 'vitest';
import { refuseRequest, SIGNED_OUT_BODY_LIMIT } from './refuse-request';

const page = { signedIn: false, routeHandler: false };
// A name of the shape Next gives server actions.
const ACTION = `40${'abcdef0123'.repeat(4)}`;

function post(body: BodyInit, headers: Record<string, string> = {}, path = '/login'): Request {
  return new Request(`http://localhost${path}`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

// A body sent in chunks, with no Content-Length to refuse it by.
function streamed(bytes: number): ReadableStream<Uint8Array> {
  let left = bytes;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      const chunk = new Uint8Array(Math.min(left, 16 * 1024)).fill(0x61);
      left -= chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

const status = async (request: Request, caller = page) => (await refuseRequest(request, caller))?.status ?? 'passed';

describe('refuseRequest', () => {
  it('refuses a path that does not decode, wherever it leads', async () => {
    for (const path of ['/%FF', '/projects/%FF', '/api/v1/projects/%ED%A0%80', '/evidence/%FF', '/%', '/a%2']) {
      for (const routeHandler of [false, true]) {
        expect(await status(new Request(`http://localhost${path}`), { signedIn: false, routeHandler })).toBe(400);
      }
    }
    expect(await status(new Request('http://localhost/projects/%E6%B5%8E%E5%8D%97'))).toBe('passed');
  });

  it('answers a page only to GET, HEAD and POST', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'M-SEARCH']) {
      const response = await refuseRequest(new Request('http://localhost/projects', { method }), page);
      expect(response?.status).toBe(405);
      expect(response?.headers.get('allow')).toBe('GET, HEAD, POST');
    }
    const put = new Request('http://localhost/api/v1/projects', { method: 'PUT' });
    expect(await status(put, { ...page, routeHandler: true })).toBe('passed');
  });

  it('holds a signed-out body to the small limit, by its length or as it streams', async () => {
    const action = { 'next-action': ACTION, 'content-type': 'text/plain;charset=UTF-8' };
    expect(await status(post('x'.repeat(SIGNED_OUT_BODY_LIMIT), action))).toBe('passed');
    expect(await status(post('x'.repeat(SIGNED_OUT_BODY_LIMIT + 1), action))).toBe(413);
    expect(await status(post(streamed(SIGNED_OUT_BODY_LIMIT + 1), action))).toBe(413);
    expect(await status(post(streamed(50 * 1024 * 1024), {}))).toBe(413);
    expect(await status(post(streamed(SIGNED_OUT_BODY_LIMIT), action))).toBe('passed');
  });

  it('refuses a server action whose name is not of the shape Next gives them', async () => {
    for (const name of ['abc', '¡', '', ACTION.toUpperCase(), `${ACTION}0`, 'g'.repeat(42)]) {
      for (const signedIn of [false, true]) {
        expect(await status(post('[]', { 'next-action': name }), { signedIn, routeHandler: false }), name).toBe(400);
      }
    }
    expect(await status(post('[]', { 'next-action': ACTION }))).toBe('passed');
  });

  it('lets a signed-in caller send the largest form', async () => {
    const signedIn = { signedIn: true, routeHandler: false };
    const upload = post(streamed(3 * 1024 * 1024), { 'next-action': ACTION }, '/staff/projects/X');
    expect(await status(upload, signedIn)).toBe('passed');
  });

  it('refuses a form sent without script whose body is not form data', async () => {
    const form = new FormData();
    form.set('email', 'someone@example.test');
    expect(await status(post(form))).toBe('passed');
    for (const signedIn of [false, true]) {
      for (const body of ['', 'garbage', '--x\r\nnot a part']) {
        const headers = { 'content-type': 'multipart/form-data; boundary=x' };
        expect(await status(post(body, headers), { signedIn, routeHandler: false })).toBe(400);
      }
      const noBoundary = post('', { 'content-type': 'multipart/form-data' });
      expect(await status(noBoundary, { signedIn, routeHandler: false })).toBe(400);
      const underRouteHandlers = post('', { 'content-type': 'multipart/form-data' }, '/evidence/a/b');
      expect(await status(underRouteHandlers, { signedIn, routeHandler: true })).toBe(400);
    }
  });

  it('refuses a server action from another site, as Next would not run it, and passes its own', async () => {
    const action = (origin: string, headers: Record<string, string> = {}) =>
      post('[]', { 'next-action': ACTION, origin, ...headers }, '/about');
    for (const signedIn of [false, true]) {
      const caller = { signedIn, routeHandler: false };
      expect(await status(action('http://localhost'), caller)).toBe('passed');
      expect(await status(action('http://127.0.0.1:3100', { host: '127.0.0.1:3100' }), caller)).toBe('passed');
      expect(
        await status(action('https://tracker.example', { 'x-forwarded-host': 'tracker.example, proxy' }), caller),
      ).toBe('passed');
      expect(await status(action('http://evil.example'), caller)).toBe(403);
      expect(await status(action('null'), caller)).toBe(403);
      expect(await status(action('http://localhost:3100', { host: '127.0.0.1:3100' }), caller)).toBe(403);
      for (const origin of ['!', 'xÿnx*ÅÌÀAa', 'localhost', '']) expect(await status(action(origin), caller)).toBe(400);
    }
    const form = new FormData();
    form.set('email', 'someone@example.test');
    expect(await status(post(form, { origin: 'http://evil.example' }))).toBe(403);
    expect(await status(post(form, { origin: 'http://localhost' }))).toBe('passed');
    // Not a server action: Next does not check its origin, and neither does the proxy.
    const urlEncoded = { 'content-type': 'application/x-www-form-urlencoded', origin: '!' };
    expect(await status(post('a=1', urlEncoded))).toBe('passed');
    const routeHandler = { signedIn: false, routeHandler: true };
    expect(await status(post('{}', { origin: 'http://evil.example' }, '/api/v1/projects'), routeHandler)).toBe(
      'passed',
    );
    // Under a route handler's prefix, a path no handler answers is a page that Next's action
    // handler reads first.
    const underHandler = post('[]', { 'next-action': 'abc', origin: '!' }, '/dashboard/export/x');
    expect(await status(underHandler, routeHandler)).toBe(400);
    const foreignForm = post(form, { origin: 'http://evil.example' }, '/api/v1/nope');
    expect(await status(foreignForm, routeHandler)).toBe(403);
  });
});
