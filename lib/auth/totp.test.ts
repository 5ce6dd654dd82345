import { describe, expect, it } from 'vitest';
import { acceptedTotpStep, newTotpSecret, normalizeTotpCode, TOTP_ISSUER, totpCodeAt, totpStep, totpUri } from './totp';

// RFC 6238 appendix B's SHA-1 secret ("12345678901234567890"), base32-encoded.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (seconds: number) => new Date(seconds * 1000);

describe('TOTP codes', () => {
  it('match RFC 6238 test vectors (last six digits)', () => {
    expect(totpCodeAt(RFC_SECRET, at(59))).toBe('287082');
    expect(totpCodeAt(RFC_SECRET, at(1111111109))).toBe('081804');
    expect(totpCodeAt(RFC_SECRET, at(1234567890))).toBe('005924');
  });

  it('accepts the current code and one step either side, nothing further', () => {
    const now = at(1_700_000_015);
    const step = totpStep(now);
    for (const delta of [-1, 0, 1]) {
      expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, at((step + delta) * 30)), null, now)).toBe(
        step + delta,
      );
    }
    for (const delta of [-3, -2, 2, 3]) {
      expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, at((step + delta) * 30)), null, now)).toBeNull();
    }
  });

  it('refuses a code whose step was already used, and any earlier one', () => {
    const now = at(1_700_000_015);
    const step = totpStep(now);
    const code = totpCodeAt(RFC_SECRET, now);
    expect(acceptedTotpStep(RFC_SECRET, code, step - 1, now)).toBe(step);
    expect(acceptedTotpStep(RFC_SECRET, code, step, now)).toBeNull();
    expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, at((step - 1) * 30)), step, now)).toBeNull();
    expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, at((step + 1) * 30)), step, now)).toBe(step + 1);
  });

  it('refuses anything that is not six digits, and takes spaces people copy', () => {
    const now = at(1_700_000_015);
    for (const bad of ['', '12345', '1234567', 'abcdef', '12 34 5', '１２３４５６'])
      expect(acceptedTotpStep(RFC_SECRET, bad, null, now)).toBeNull();
    expect(normalizeTotpCode(' 123 456 ')).toBe('123456');
    const code = totpCodeAt(RFC_SECRET, now);
    expect(acceptedTotpStep(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).toBe(totpStep(now));
  });

  it('makes 160-bit random secrets and an otpauth URI naming the issuer and account', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, 'staff@example.test'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe(TOTP_ISSUER);
    expect(decodeURIComponent(uri.pathname)).toContain('staff@example.test');
  });
});
