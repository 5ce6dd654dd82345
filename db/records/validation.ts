import { z } from 'zod';
import { AGREEMENT_TYPES, EVENT_KINDS, ORGANIZATION_KINDS, PUBLICATION_STATES } from '@/lib/enums';
import { toFieldErrors, type FieldErrors } from '@/lib/validation/field-errors';
import {
  cityCodeList,
  enumOf,
  numberFromText,
  optionalText,
  partialDate,
  recordCode,
  requiredText,
} from '@/lib/validation/fields';
import { unknownCityErrors } from '@/db/projects/validation';

// Agreements, organizations, indicators and events share a shape: a code, two names, the
// source sentence, a publication state and the cities they touch. Each adds its own facts.
const recordBase = z.object({
  code: recordCode,
  nameZh: requiredText(200),
  nameEn: optionalText(200),
  summaryZh: optionalText(4000),
  summaryEn: optionalText(4000),
  sourceQuote: optionalText(4000),
  publication: enumOf(PUBLICATION_STATES),
  cityCodes: cityCodeList,
});

const oneCity = cityCodeList.max(1, { error: 'oneCity' });

export const RECORD_SCHEMAS = {
  agreement: recordBase.extend({
    type: enumOf(AGREEMENT_TYPES),
    signedOn: partialDate,
    projectCodes: z.array(recordCode, { error: 'invalid' }),
  }),
  organization: recordBase.extend({ kind: enumOf(ORGANIZATION_KINDS), foundedOn: partialDate }),
  indicator: recordBase.omit({ summaryZh: true, summaryEn: true }).extend({
    value: z.preprocess(numberFromText, z.number({ error: 'number' }).refine(Number.isFinite, { error: 'number' })),
    unitZh: requiredText(40),
    unitEn: optionalText(40),
    asOf: partialDate,
    cityCodes: oneCity,
  }),
  event: recordBase.extend({ kind: enumOf(EVENT_KINDS), heldOn: partialDate, cityCodes: oneCity }),
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];
export type RecordInput<K extends RecordKind> = z.infer<(typeof RECORD_SCHEMAS)[K]>;
export type RecordPatch<K extends RecordKind> = Partial<Omit<RecordInput<K>, 'code'>>;

// Optional on create: what a new record may leave out.
const OPTIONAL_ON_CREATE = { publication: true, cityCodes: true, projectCodes: true } as const;

export function recordCreateSchema<K extends RecordKind>(kind: K) {
  const schema = RECORD_SCHEMAS[kind] as z.ZodObject;
  const optional = Object.fromEntries(
    Object.keys(OPTIONAL_ON_CREATE)
      .filter((key) => key in schema.shape)
      .map((key) => [key, true]),
  );
  return schema.partial(optional as never).strict();
}

export function recordPatchSchema<K extends RecordKind>(kind: K) {
  return (RECORD_SCHEMAS[kind] as z.ZodObject)
    .omit({ code: true } as never)
    .partial()
    .strict();
}

export function parseRecord<K extends RecordKind>(
  kind: K,
  mode: 'create' | 'patch',
  input: unknown,
  knownCities: readonly string[],
): { data: RecordPatch<K> & { code?: string }; errors?: undefined } | { errors: FieldErrors; data?: undefined } {
  const parsed = (mode === 'create' ? recordCreateSchema(kind) : recordPatchSchema(kind)).safeParse(input);
  if (!parsed.success) return { errors: toFieldErrors(parsed.error) };
  const data = parsed.data as unknown as RecordPatch<K> & { code?: string; cityCodes?: string[] };
  const cityErrors = unknownCityErrors(data.cityCodes, knownCities);
  return Object.keys(cityErrors).length ? { errors: cityErrors } : { data };
}
