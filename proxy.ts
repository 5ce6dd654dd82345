import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';
import { cachedViewPath, isCachedViewPath } from '@/lib/cached-views';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/locales';

// Every page request passes through here:
// - /staff without a session cookie is sent to the sign-in page and brought back afterwards. A
//   convenience, not a guard: whether the cookie is valid is decided by requireUser() in the
//   staff layout and by every data-layer mutation, which do not rely on this running.
// - The page is rewritten under the reader's language (app/[locale]), from the language cookie,
//   so that the address stays the same in both languages and pages can be cached per language.
// - Public map and signed-out dashboard requests go to their cached views (lib/cached-views.ts).
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const signedIn = request.cookies.has(SESSION_COOKIE);
  if (!signedIn && (pathname === '/staff' || pathname.startsWith('/staff/'))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const cached = cachedViewPath(pathname, searchParams, signedIn);
  // A cached view asked for by its own name matches no page: the reader gets the not-found page.
  const page = cached ?? (isCachedViewPath(pathname) ? '/not-found' : pathname);
  // From request.url, not nextUrl: nextUrl renames 127.0.0.1 to localhost, and Next would then
  // take the rewrite for another host's and forward it over the network.
  const target = new URL(`/${locale}${page === '/' ? '' : page}${cached ? '' : request.nextUrl.search}`, request.url);
  return NextResponse.rewrite(target);
}

// Route handlers (the API, evidence files, exports, the map outline) answer at their own paths.
export const config = {
  matcher: ['/((?!api(?:/|$)|_next/|evidence/|dashboard/export(?:/|$)|map/outlines\\.svg|favicon\\.ico).*)'],
};
