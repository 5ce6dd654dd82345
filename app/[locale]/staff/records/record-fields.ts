import { AGREEMENT_TYPES, EVENT_KINDS, ORGANIZATION_KINDS } from '@/lib/enums';
import type { EditableRecord } from '@/db/records/editable';
import type { FormValues } from '@/lib/validation/form-state';
import type { RecordKind } from '@/db/records/validation';

// The form fields of each kind of record, beyond the names, cities and publication they share.
export type RecordField =
  | { name: string; type: 'text' | 'textarea' | 'number' | 'date' | 'codes'; options?: undefined }
  | { name: string; type: 'select'; options: readonly string[] };

export const RECORD_FIELDS: Record<RecordKind, RecordField[]> = {
  agreement: [
    { name: 'type', type: 'select', options: AGREEMENT_TYPES },
    { name: 'signedOn', type: 'date' },
    { name: 'projectCodes', type: 'codes' },
  ],
  organization: [
    { name: 'kind', type: 'select', options: ORGANIZATION_KINDS },
    { name: 'foundedOn', type: 'date' },
  ],
  indicator: [
    { name: 'value', type: 'number' },
    { name: 'unitZh', type: 'text' },
    { name: 'unitEn', type: 'text' },
    { name: 'asOf', type: 'date' },
  ],
  event: [
    { name: 'kind', type: 'select', options: EVENT_KINDS },
    { name: 'heldOn', type: 'date' },
  ],
};

export const HAS_SUMMARY: Record<RecordKind, boolean> = {
  agreement: true,
  organization: true,
  indicator: false,
  event: true,
};

export function isRecordKind(value: string): value is RecordKind {
  // Own keys only: `in` also accepts 'constructor' or 'toString', which then crashed the page.
  return Object.hasOwn(RECORD_FIELDS, value);
}

// The stored record as the strings its form starts from.
export function recordFormValues(record: EditableRecord): FormValues {
  return Object.fromEntries(
    Object.entries(record.state).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? key === 'projectCodes'
          ? value.join('\n')
          : value.map(String)
        : value === null || value === undefined
          ? ''
          : String(value),
    ]),
  ) as FormValues;
}

// The form's strings as the record mutation's input.
export function recordInput(kind: RecordKind, values: FormValues): Record<string, unknown> {
  const names = [
    'nameZh',
    'nameEn',
    'sourceQuote',
    'publication',
    'cityCodes',
    ...(HAS_SUMMARY[kind] ? ['summaryZh', 'summaryEn'] : []),
    ...RECORD_FIELDS[kind].map((f) => f.name),
  ];
  const input: Record<string, unknown> = Object.fromEntries(
    names.filter((n) => n in values).map((n) => [n, values[n]]),
  );
  if (typeof input.projectCodes === 'string') input.projectCodes = input.projectCodes.split(/[\s,，]+/).filter(Boolean);
  return input;
}
