import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';

// A convenience, not a guard: a visitor without a session cookie is sent to the sign-in page
// and brought back afterwards. Whether the cookie is valid is decided by requireUser() in the
// staff layout and by every data-layer mutation, which do not rely on this running.
export function proxy(request: NextRequest) {
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = { matcher: ['/staff', '/staff/:path*'] };
