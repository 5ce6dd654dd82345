import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { fetchPendingSignIn, type PendingSignIn } from '@/db/accounts/session-queries';
import { getCurrentUser } from '@/db/accounts/current-user';
import { safeNextPath } from '@/lib/auth/safe-next';
import { PENDING_SIGN_IN_COOKIE } from '@/lib/auth/session-policy';

// For /login/verify and /login/enrol: the pending sign-in of this browser, or back to the
// password (signed in already: on to where they were going). Each page then sends the user to
// the other one if it is the wrong step for them.
export async function requirePendingSignIn(nextParam: unknown): Promise<{ pending: PendingSignIn; next: string }> {
  const next = safeNextPath(nextParam);
  if (await getCurrentUser()) redirect(next);
  const token = (await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value;
  const pending = token ? fetchPendingSignIn(token) : null;
  if (!pending) redirect(`/login?next=${encodeURIComponent(next)}`);
  return { pending, next };
}
