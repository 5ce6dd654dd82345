import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';
import { cachedViewPath, isCachedViewPath } from '@/app/cached-views';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/locales';
import { refuseRequest } from '@/lib/refuse-request';

// Every page request passes through here, and every other request whose path has a '%':
// - A request Next cannot read is refused with a 4xx (lib/refuse-request.ts): a path that does
//   not decode, a method pages do not answer, a signed-out body over the small limit.
// - /staff without a session cookie is sent to the sign-in page and brought back afterwards. A
//   convenience, not a guard: whether the cookie is valid is decided by requireUser() in the
//   staff layout and by every data-layer mutation, which do not rely on this running.
// - The page is rewritten under the reader's language (app/[locale]), from the language cookie,
//   so that the address stays the same in both languages and pages can be cached per language.
// - Public map and signed-out dashboard requests go to their cached views (app/cached-views.ts).
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const signedIn = request.cookies.has(SESSION_COOKIE);
  const routeHandler = ROUTE_HANDLER_PATH.test(pathname);
  const refusal = await refuseRequest(request, { signedIn, routeHandler });
  if (refusal) return refusal;
  if (routeHandler) return NextResponse.next();
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

// Route handlers (the API, evidence files, exports, the map outline, the change feeds) and Next's own files answer
// at their own paths: the first matcher leaves them out, ROUTE_HANDLER_PATH names the same ones.
// The others bring them here too, only to refuse what Next would answer with a 500: a path that
// does not decode, a server action it cannot name or that comes from another site, and a form post
// (no route handler takes one) whose body is not a form.
const ROUTE_HANDLER_PATH =
  /^\/(?:api(?:\/|$)|_next\/|evidence\/|dashboard\/export(?:\/|$)|map\/outlines\.svg|feed\.(?:atom|json)$|favicon\.ico)/;
export const config = {
  matcher: [
    '/((?!api(?:/|$)|_next/|evidence/|dashboard/export(?:/|$)|map/outlines\\.svg|feed\\.(?:atom|json)$|favicon\\.ico).*)',
    '/(.*%.*)',
    { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
