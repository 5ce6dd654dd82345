import type { FieldErrors } from './field-errors';

export type FormValues = Record<string, string | string[]>;

export type ConflictChange = {
  version: number;
  at: string;
  by: string | null;
  note: string;
  changes: { field: string; from: unknown; to: unknown }[];
};

export type FormStatus =
  | 'idle'
  | 'saved'
  // A dry run: nothing was written, the result says what applying would do.
  | 'checked'
  | 'invalid'
  | 'conflict'
  | 'forbidden'
  | 'not_found'
  // An admin's change that would lock themselves out (their own role or account).
  | 'self'
  // Too many failed attempts at a password or code: wait before the next one.
  | 'throttled'
  // The caller has as many API tokens as anyone may.
  | 'too_many'
  // The sign-in's second step came too late after the password.
  | 'expired'
  // The email and password open no account; deliberately not saying which is wrong.
  | 'denied';

// What every server action returns, whichever form sent it: how the submit ended, the field
// errors and the values the user typed (so a refused submit never loses them), the conflict that
// refused it. `Result` is what an action makes for its form to show once: a new API token, an
// import's report.
export type FormState<Result = never> = {
  status: FormStatus;
  errors?: FieldErrors;
  // Never a password: what is typed there is not sent back.
  values?: FormValues;
  // The version the form should send next: after a conflict, the current one, so reapplying is a choice.
  version?: number;
  conflict?: ConflictChange[];
  // Words no message key holds, shown with a refusal (which CSV columns differ from the export's).
  message?: string;
  result?: Result;
};

export const IDLE: FormState = { status: 'idle' };

// Whether the submit was turned down, so the form's message says why and takes the focus.
export function isRefusal(status: FormStatus): boolean {
  return status !== 'idle' && status !== 'saved' && status !== 'checked';
}

// The account forms' data layer keeps the first message of each field; forms take lists.
export function listedErrors(first: Record<string, string | undefined> | undefined): FieldErrors | undefined {
  if (!first) return undefined;
  const entries = Object.entries(first).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return Object.fromEntries(entries.map(([field, key]) => [field, [key]]));
}

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
