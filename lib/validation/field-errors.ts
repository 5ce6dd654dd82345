import type { z } from 'zod';
import en from '@/messages/en/editing.json';

// Field name → message keys (records' under `editing.errors`, accounts' under `staff`), the shape
// every form and the API show.
export type FieldErrors = Record<string, string[]>;

const KNOWN_KEYS = new Set(Object.keys(en.editing.errors));

export function addError(errors: FieldErrors, field: string, key: string): FieldErrors {
  const keys = (errors[field] ??= []);
  if (!keys.includes(key)) keys.push(key);
  return errors;
}

// `field` names a value parsed on its own (not as part of an object), whose issues have no path.
export function toFieldErrors(error: z.ZodError, field = 'form'): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) addError(errors, key, 'unknownField');
      continue;
    }
    const name = issue.path.length ? String(issue.path[0]) : field;
    addError(errors, name, KNOWN_KEYS.has(issue.message) ? issue.message : 'invalid');
  }
  return errors;
}

// The API speaks English: keys become the English sentences the form would show.
export function fieldErrorsInEnglish(errors: FieldErrors): Record<string, string[]> {
  const sentences = en.editing.errors as Record<string, string>;
  return Object.fromEntries(Object.entries(errors).map(([field, keys]) => [field, keys.map((k) => sentences[k] ?? k)]));
}
