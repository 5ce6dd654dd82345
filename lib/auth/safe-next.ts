// Where to go after signing in: only a path on this site, so a crafted link to the sign-in page
// cannot send someone elsewhere. `//host`, `/\host` and absolute URLs are refused, and so are
// backslashes, spaces and control characters anywhere, since browsers drop tabs and newlines
// from URLs (`/<tab>/host` would become `//host`).
const SAME_SITE_PATH = /^\/(?![/\\])[^\x00-\x20\x7f\\]*$/;

export function safeNextPath(next: unknown, fallback = '/staff'): string {
  return typeof next === 'string' && SAME_SITE_PATH.test(next) ? next : fallback;
}
