import { createHash, timingSafeEqual } from 'node:crypto';

// The server (server/serve.ts) and the route it asks to expire cached pages share a secret made
// at start, in this environment variable of their one process.
export const INTERNAL_SECRET_ENV = 'TRACKER_INTERNAL_SECRET';
export const INTERNAL_SECRET_HEADER = 'x-tracker-internal';
export const EXPIRE_PUBLIC_DATA_PATH = '/api/internal/expire-public-data';

// Whether a request's header holds the secret. Compared as SHA-256 digests, which always have the
// same length: timingSafeEqual throws on buffers of different lengths, and a header's length in
// characters says nothing of its length in bytes once it holds a non-ASCII one.
export function isInternalSecret(given: string | null, secret: string | undefined): boolean {
  if (!secret || !given) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(secret));
}
