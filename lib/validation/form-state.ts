import type { FieldErrors } from './field-errors';

// What every staff form's action returns: field errors and the values the user typed (so a
// refused submit never loses them), or the conflict that refused it.
export type FormValues = Record<string, string | string[]>;

export type ConflictChange = {
  version: number;
  at: string;
  by: string | null;
  note: string;
  changes: { field: string; from: unknown; to: unknown }[];
};

export type FormState = {
  status: 'idle' | 'saved' | 'invalid' | 'conflict' | 'forbidden' | 'not_found';
  errors?: FieldErrors;
  values?: FormValues;
  // The version the form should send next: after a conflict, the current one, so reapplying is a choice.
  version?: number;
  conflict?: ConflictChange[];
  message?: string;
};

export const IDLE: FormState = { status: 'idle' };

// Every field of the form as typed; repeated names (checkbox groups) become lists.
export function formValues(formData: FormData, multi: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    if (multi.includes(key)) values[key] = [...((values[key] as string[] | undefined) ?? []), value];
    else values[key] = value;
  }
  for (const key of multi) values[key] ??= [];
  return values;
}

// The day in China, where the office works, not the server's time zone.
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
