import { createHash, randomBytes } from 'node:crypto';

// 256 random bits, sent to the browser once; only its SHA-256 is stored, so a copy of the
// database does not let anyone sign in.
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// Pending sign-ins share the sessions table, told apart by this prefix on the stored hash: a
// full session is looked up by the bare hash, so a pending token can never match one, and
// ending a user's sessions (disable, password reset) ends their pending sign-ins too.
export const PENDING_HASH_PREFIX = 'pending:';

export function hashPendingToken(token: string): string {
  return PENDING_HASH_PREFIX + hashToken(token);
}
