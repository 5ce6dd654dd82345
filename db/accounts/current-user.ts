import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { fetchApiTokenUser, fetchSessionUser, type SignedInUser } from './session-queries';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';

// The signed-in user of this request (from the session cookie), or null.
export async function getCurrentUser(): Promise<SignedInUser | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? fetchSessionUser(token) : null;
}

// For pages under /staff: a signed-out visitor is sent to the sign-in page.
export async function requireUser(): Promise<SignedInUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return user;
}

// For the write API: a personal token (Authorization: Bearer …), or the session cookie when the
// request comes from this site itself (Origin matches), so a cross-site form cannot borrow it.
export async function authenticateRequest(request: Request): Promise<SignedInUser | null> {
  const header = request.headers.get('authorization');
  if (header?.toLowerCase().startsWith('bearer ')) return fetchApiTokenUser(header.slice(7).trim());
  const origin = request.headers.get('origin');
  if (origin && origin !== new URL(request.url).origin) return null;
  return getCurrentUser();
}
