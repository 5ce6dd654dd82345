import { createSession } from '@/db/accounts/session-mutations';
import type { Actor } from '@/lib/auth/permissions';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';

// Stands in for 'next/headers' when a test calls a server action or route handler directly:
//   vi.mock('next/headers', () => import('@/lib/test/request-context'));
// The cookie carries a real session token, so the code under test signs the caller in exactly
// as it does in production (fetchSessionUser), with no shortcut around the session checks.
type Cookie = { name: string; value: string };

const jar = new Map<string, string>();
let requestHeaders = new Headers({ 'x-forwarded-for': '203.0.113.9' });

export async function cookies() {
  return {
    get: (name: string): Cookie | undefined => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    has: (name: string) => jar.has(name),
    set: (nameOrCookie: string | Cookie, value?: string) => {
      if (typeof nameOrCookie === 'string') jar.set(nameOrCookie, value ?? '');
      else jar.set(nameOrCookie.name, nameOrCookie.value);
    },
    delete: (name: string) => jar.delete(name),
  };
}

export async function headers(): Promise<Headers> {
  return requestHeaders;
}

// The request as a browser would send it, e.g. with a Referer; actAs() starts afresh.
export function setRequestHeaders(init: Record<string, string>): void {
  requestHeaders = new Headers({ 'x-forwarded-for': '203.0.113.9', ...init });
}

// Anonymous (null) or signed in as `actor` with a fresh session, as a browser would be.
export function actAs(actor: Pick<Actor, 'id'> | null): string | null {
  jar.clear();
  requestHeaders = new Headers({ 'x-forwarded-for': '203.0.113.9' });
  if (!actor) return null;
  const token = createSession(actor.id);
  jar.set(SESSION_COOKIE, token);
  return token;
}
