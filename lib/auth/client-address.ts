// The address a sign-in attempt comes from, for per-address throttling.
//
// Next's request handling (`npm start`, `next start`) fills X-Forwarded-For with the socket's
// address when the request has none, and keeps one the client sent. So the app must run behind a
// reverse proxy that appends the connecting address (nginx:
// `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`): the right-most entry is then the
// one our proxy saw, which a client cannot forge. Exposed directly, a client could vary the header
// and escape the per-address limit — never the per-account one, which does not depend on the
// address. See docs/SECURITY.md.
export function clientAddress(headers: Headers): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return entries.at(-1)?.slice(0, 64) ?? 'unknown';
}
