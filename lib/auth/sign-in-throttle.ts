// Sign-in throttling (OWASP ASVS 4.0.3 V2.2.1): failures are counted per account and per client
// address over a sliding window. Past either limit, sign-in is refused without checking the
// password until the window has moved on. The account limit counts failures since the last
// success, so its owner signing in clears it; the address limit guards against one client
// spraying many accounts. Unknown emails are counted exactly like real ones, so the lock itself
// says nothing about whether an account exists.
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type RecentFailures = { account: number; address: number };

export function signInThrottled(failures: RecentFailures): boolean {
  return failures.account >= MAX_FAILURES_PER_ACCOUNT || failures.address >= MAX_FAILURES_PER_ADDRESS;
}

// Emails are compared without case or surrounding spaces, for sign-in and for uniqueness.
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
