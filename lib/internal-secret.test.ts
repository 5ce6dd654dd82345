import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInternalSecret } from './internal-secret';

describe('isInternalSecret', () => {
  it('holds only for the secret itself, and never throws, whatever the header holds', () => {
    const text = fc.string({ unit: 'binary', maxLength: 80 });
    fc.assert(
      fc.property(text, text, (given, secret) => {
        expect(isInternalSecret(given, secret)).toBe(given !== '' && given === secret);
        expect(isInternalSecret(secret, secret)).toBe(secret !== '');
      }),
    );
  });

  it('is false without a header or without a secret', () => {
    expect(isInternalSecret(null, 's3cret')).toBe(false);
    expect(isInternalSecret('s3cret', undefined)).toBe(false);
    expect(isInternalSecret('', '')).toBe(false);
  });
});
