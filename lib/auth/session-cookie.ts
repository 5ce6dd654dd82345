import {
  PENDING_SIGN_IN_COOKIE,
  PENDING_SIGN_IN_MS,
  PENDING_SIGN_IN_PATH,
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
} from './session-policy';

// The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
// posts), path '/', and gone from the browser when the absolute timeout ends the session.
//
// Secure only in production AND over https. In production the app sits behind a TLS proxy that
// sets X-Forwarded-Proto (or Next sets it itself when it serves https), so the cookie is Secure
// there; the browser tests run the production server on plain http://127.0.0.1, where a Secure cookie
// would never be sent back and nobody could sign in. HSTS in production keeps browsers on https.
export function sessionCookie(token: string, headers: Headers) {
  return cookie(SESSION_COOKIE, token, SESSION_ABSOLUTE_MS, '/', headers);
}

// The pending sign-in between password and code: the same flags, a five-minute life, and sent
// only to the sign-in pages, the one place it means anything.
export function pendingSignInCookie(token: string, headers: Headers) {
  return cookie(PENDING_SIGN_IN_COOKIE, token, PENDING_SIGN_IN_MS, PENDING_SIGN_IN_PATH, headers);
}

function cookie(name: string, token: string, lifetimeMs: number, path: string, headers: Headers) {
  const https = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
  return {
    name,
    value: token,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: process.env.NODE_ENV === 'production' && https,
    path,
    maxAge: Math.floor(lifetimeMs / 1000),
  };
}
