import { Secret, TOTP } from 'otpauth';

// The second factor: TOTP (RFC 6238) with the parameters every authenticator app supports —
// SHA-1, 6 digits, 30-second steps — through the maintained `otpauth` library.
export const TOTP_ISSUER = '省会经济圈一体化进展';
export const TOTP_PERIOD_S = 30;
// One step either side, for clocks that drift and codes typed near the end of their step.
export const TOTP_WINDOW = 1;

function totp(secret: string, label = ''): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_S,
  });
}

// 160 random bits (RFC 4226's recommended length), base32 as authenticator apps expect it.
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

// The otpauth:// URI an authenticator app reads from the QR code.
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

export function totpStep(now: Date): number {
  return TOTP.counter({ period: TOTP_PERIOD_S, timestamp: now.getTime() });
}

// People copy codes with spaces ("123 456"); anything else that is not six digits is no code.
export function normalizeTotpCode(code: string): string | null {
  const digits = code.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

// The time step of a code valid now (± TOTP_WINDOW), or null. A code of a step at or before
// `lastStep` is refused, so each code is accepted only once (ASVS 5.0 V6.5.1) and a code seen
// over someone's shoulder cannot be replayed.
export function acceptedTotpStep(secret: string, code: string, lastStep: number | null, now: Date): number | null {
  const digits = normalizeTotpCode(code);
  if (!digits) return null;
  const delta = totp(secret).validate({ token: digits, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = totpStep(now) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

// For tests and the demo accounts' documentation: the code of a given time.
export function totpCodeAt(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}
