// Where to go after signing in: only a path on this site, so a crafted link to the sign-in page
// cannot send someone elsewhere (`//evil.example`, `/\evil.example` and absolute URLs are refused).
export function safeNextPath(next: unknown, fallback = '/staff'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
