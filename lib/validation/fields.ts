import { z } from 'zod';

// Field building blocks shared by every record's schema. Each message is a key under
// `editing.errors` so the form shows it in the reader's language and the API in English.

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function isRealDay(value: string): boolean {
  if (value.length < 10) return true;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

// Forms send '' for an empty field, and a new record may leave it out; the record stores null.
export const emptyToNull = (value: unknown) =>
  value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;

// '2021', '2021-10' or '2021-10-20', as the sources give them.
export const partialDate = z.preprocess(
  emptyToNull,
  z
    .string({ error: 'dateFormat' })
    .trim()
    .regex(PARTIAL_DATE, { error: 'dateFormat' })
    .refine(isRealDay, { error: 'dateFormat' })
    .nullable(),
);

export const day = z.preprocess(
  emptyToNull,
  z
    .string({ error: 'dayFormat' })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dayFormat' })
    .refine(isRealDay, { error: 'dayFormat' })
    .nullable(),
);

// No stored text carries control characters other than tab and line breaks: a NUL or an escape
// sequence is never part of a name or note, and it breaks the CSV export and terminals that
// show it later. Refused at the field rather than silently stripped, so nothing is altered.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const plainText = (message: string) =>
  z.string({ error: message }).refine((v) => !CONTROL_CHARACTER.test(v), { error: 'invalid' });

export const requiredText = (max: number) =>
  plainText('required').trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });
export const optionalText = (max: number) =>
  z.preprocess((v) => v ?? '', plainText('invalid').trim().max(max, { error: 'tooLong' }));
export const nullableText = (max: number) =>
  z.preprocess(emptyToNull, plainText('invalid').trim().max(max, { error: 'tooLong' }).nullable());

// Forms send numbers as text and JSON as numbers; nothing else counts as one. z.coerce would
// turn true into 1, [50] into 50 and an empty field into 0, so a wrong type was quietly saved.
export const numberFromText = (value: unknown) => {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return null;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : value;
};

// A record's code: upper-case letters, digits and hyphens. Also how an address names a project.
export const RECORD_CODE = /^[A-Z0-9][A-Z0-9-]{1,63}$/;

export const recordCode = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .regex(RECORD_CODE, { error: 'codeFormat' });

export const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'choose' });

export const cityCodeList = z.array(z.string({ error: 'unknownCity' }).regex(/^\d{6}$/, { error: 'unknownCity' }), {
  error: 'invalid',
});

// A later partial date may not fall before an earlier one; dates of different precision are
// compared on what both say ('2021' does not end before '2021-10').
export function endsBeforeStart(start: string | null | undefined, end: string | null | undefined): boolean {
  if (!start || !end) return false;
  const n = Math.min(start.length, end.length);
  return end.slice(0, n) < start.slice(0, n);
}
