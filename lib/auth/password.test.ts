import { parseOptions } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { dummyPasswordHash, hashPassword, isCommonPassword, passwordSchema, verifyPassword } from './password';

const messages = (value: string) => {
  const result = passwordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('password policy', () => {
  it('accepts 12 characters and refuses 11', () => {
    expect(messages('lantern-quay')).toEqual([]);
    expect(messages('lantern-qua')).toContain('tooShort');
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(messages('春眠不觉晓处处闻啼鸟夜来')).toEqual([]);
    expect(messages('春眠不觉晓处处闻啼鸟夜')).toContain('tooShort');
    expect(messages('🚄🚄🚄🚄🚄🚄')).toContain('tooShort');
  });

  it('accepts 64 and 128 characters and refuses 129', () => {
    expect(messages('x'.repeat(40) + 'harbour-bridge-lantern-24')).toEqual([]);
    expect(messages('ab'.repeat(64))).toEqual([]);
    expect(messages('ab'.repeat(64) + 'c')).toContain('tooLong');
  });

  it('refuses common passwords whatever their case', () => {
    expect(isCommonPassword('qwerty123456')).toBe(true);
    expect(messages('qwerty123456')).toContain('common');
    expect(messages('QWERTY123456')).toContain('common');
    expect(messages('1Qaz2Wsx3Edc')).toContain('common');
    expect(isCommonPassword('passwordpassword')).toBe(true);
    expect(isCommonPassword('iloveyou1234')).toBe(true);
    expect(isCommonPassword('circle-lantern-quay')).toBe(false);
  });

  it('refuses passwords made mostly of words tied to this system', () => {
    expect(messages('Jinan2021!!!')).toContain('context');
    expect(messages('济南淄博泰安聊城德州滨州')).toContain('context');
    expect(messages('jinan-tracker-2021')).toContain('context');
    expect(messages('jinan-harbour-lantern')).toEqual([]);
  });

  it('keeps the password exactly as typed: no trimming, no case folding', async () => {
    const stored = await hashPassword(' lantern-quay-2021 ');
    expect(await verifyPassword(stored, ' lantern-quay-2021 ')).toBe(true);
    expect(await verifyPassword(stored, 'lantern-quay-2021')).toBe(false);
    expect(await verifyPassword(stored, ' LANTERN-QUAY-2021 ')).toBe(false);
  });

  it('allows spaces and any character', () => {
    expect(messages('correct horse battery 济南')).toEqual([]);
  });
});

describe('password hashing', () => {
  it('hashes with argon2id at OWASP minimum parameters or above and verifies', async () => {
    const stored = await hashPassword('lantern-quay-2021');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    const options = parseOptions(stored);
    expect(options.memoryCost).toBeGreaterThanOrEqual(19456);
    expect(options.timeCost).toBeGreaterThanOrEqual(2);
    expect(await verifyPassword(stored, 'lantern-quay-2021')).toBe(true);
    expect(await verifyPassword(stored, 'lantern-quay-2022')).toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hashPassword('lantern-quay-2021')).not.toBe(await hashPassword('lantern-quay-2021'));
  });

  it('reads a malformed stored hash as a wrong password', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
    expect(await verifyPassword(await dummyPasswordHash(), 'anything')).toBe(false);
  });
});
