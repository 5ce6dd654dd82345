// Session lifetimes in one place (OWASP ASVS 7.3): idle and absolute timeouts.
export const SESSION_COOKIE = 'tracker_session';
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

export function sessionStillValid(session: { lastSeenAt: string; expiresAt: string }, now: Date): boolean {
  const idleUntil = new Date(session.lastSeenAt).getTime() + SESSION_IDLE_MS;
  return now.getTime() < idleUntil && now.getTime() < new Date(session.expiresAt).getTime();
}

// Between a correct password and a correct code: a pending sign-in, which is no session at all
// (fetchSessionUser never accepts it). It lives in its own cookie for five minutes.
export const PENDING_SIGN_IN_COOKIE = 'tracker_pending_sign_in';
export const PENDING_SIGN_IN_MS = 5 * 60 * 1000;
export const PENDING_SIGN_IN_PATH = '/login';
