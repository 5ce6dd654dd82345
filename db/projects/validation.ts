import { z } from 'zod';
import { CATEGORIES, HEALTHS, PUBLICATION_STATES, SCHEDULE_REASONS, STAGES } from '@/lib/enums';
import { addError, toFieldErrors, type FieldErrors } from '@/lib/validation/field-errors';
import {
  cityCodeList,
  day,
  emptyToNull,
  endsBeforeStart,
  enumOf,
  nullableText,
  numberFromText,
  optionalText,
  partialDate,
  plainText,
  recordCode,
  requiredText,
} from '@/lib/validation/fields';

// One base for a project; creating and updating are cut from it, so a rule changes in one place.
export const projectBase = z.object({
  code: recordCode,
  nameZh: requiredText(200),
  nameEn: optionalText(200),
  descriptionZh: optionalText(4000),
  descriptionEn: optionalText(4000),
  category: enumOf(CATEGORIES),
  stage: enumOf(STAGES),
  health: enumOf(HEALTHS),
  healthInternal: z.boolean({ error: 'invalid' }),
  progress: z.preprocess(
    numberFromText,
    z
      .number({ error: 'number' })
      .int({ error: 'integer' })
      .min(0, { error: 'progressRange' })
      .max(100, { error: 'progressRange' })
      .nullable(),
  ),
  plannedStart: partialDate,
  plannedEnd: partialDate,
  actualStart: partialDate,
  actualEnd: partialDate,
  baselineStart: partialDate,
  baselineEnd: partialDate,
  // Why the forecast end moved or the baseline was reset; the write path decides when it is needed.
  scheduleReason: z.preprocess(emptyToNull, enumOf(SCHEDULE_REASONS).nullable()),
  lastVerifiedAt: day,
  internalNote: nullableText(4000),
  sourceQuote: optionalText(4000),
  cityCodes: cityCodeList.min(1, { error: 'citiesRequired' }),
  publication: enumOf(PUBLICATION_STATES),
});

export const projectCreateSchema = projectBase
  .partial({
    nameEn: true,
    descriptionZh: true,
    descriptionEn: true,
    health: true,
    healthInternal: true,
    progress: true,
    plannedStart: true,
    plannedEnd: true,
    actualStart: true,
    actualEnd: true,
    baselineStart: true,
    baselineEnd: true,
    scheduleReason: true,
    lastVerifiedAt: true,
    internalNote: true,
    sourceQuote: true,
    publication: true,
  })
  .strict();

// An update names only what it changes; the code is the record's identity and never changes.
export const projectPatchSchema = projectBase.omit({ code: true }).partial().strict();

export const noteSchema = plainText('noteRequired')
  .trim()
  .min(1, { error: 'noteRequired' })
  .max(2000, { error: 'tooLong' });

export type ProjectCreate = z.infer<typeof projectCreateSchema>;
export type ProjectPatch = z.infer<typeof projectPatchSchema>;
type ProjectDates = Partial<
  Pick<ProjectPatch, 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd' | 'baselineStart' | 'baselineEnd'>
>;

// Checked on the whole record after a change is merged in, since a patch may carry one end only.
export function dateOrderErrors(values: ProjectDates): FieldErrors {
  const errors: FieldErrors = {};
  if (endsBeforeStart(values.plannedStart, values.plannedEnd)) addError(errors, 'plannedEnd', 'endBeforeStart');
  if (endsBeforeStart(values.actualStart, values.actualEnd)) addError(errors, 'actualEnd', 'endBeforeStart');
  if (endsBeforeStart(values.baselineStart, values.baselineEnd)) addError(errors, 'baselineEnd', 'endBeforeStart');
  return errors;
}

export function unknownCityErrors(cityCodes: string[] | undefined, known: readonly string[]): FieldErrors {
  return cityCodes?.some((c) => !known.includes(c)) ? { cityCodes: ['unknownCity'] } : {};
}

type Parsed<T> = { data: T; errors?: undefined } | { errors: FieldErrors; data?: undefined };

function merged(...sets: FieldErrors[]): FieldErrors | undefined {
  const errors: FieldErrors = {};
  for (const set of sets)
    for (const [field, keys] of Object.entries(set)) for (const key of keys) addError(errors, field, key);
  return Object.keys(errors).length ? errors : undefined;
}

export function parseProjectCreate(input: unknown, knownCities: readonly string[]): Parsed<ProjectCreate> {
  const parsed = projectCreateSchema.safeParse(input);
  if (!parsed.success) return { errors: toFieldErrors(parsed.error) };
  const errors = merged(dateOrderErrors(parsed.data), unknownCityErrors(parsed.data.cityCodes, knownCities));
  return errors ? { errors } : { data: parsed.data };
}

// The known cities are read only when the patch names cities: most patches (a stage, a progress
// figure) don't, and this runs on every write.
export function parseProjectPatch(input: unknown, knownCities: () => readonly string[]): Parsed<ProjectPatch> {
  const parsed = projectPatchSchema.safeParse(input);
  if (!parsed.success) return { errors: toFieldErrors(parsed.error) };
  const errors = merged(parsed.data.cityCodes ? unknownCityErrors(parsed.data.cityCodes, knownCities()) : {});
  return errors ? { errors } : { data: parsed.data };
}

export { merged as mergeFieldErrors };
