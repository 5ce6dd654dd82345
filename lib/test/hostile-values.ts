import fc from 'fast-check';

// Generators of hostile and invalid input for the property-based tests in security/: what a
// careless script, a fuzzer or an attacker sends instead of what a form would.

export const INJECTIONS = [
  "' OR 1=1 --",
  "'; DROP TABLE projects; --",
  '" OR ""="',
  '1; DELETE FROM users',
  "admin'--",
  ') UNION SELECT * FROM users --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  '%00',
  '\u202e',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e400',
  '0x10',
] as const;

// C0 controls and DEL, other than tab, line feed and carriage return.
export const CONTROL_CHARACTERS = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c)),
  '\u007f',
];

// Any text at all: every code point, injections, control characters, and now and then a huge one.
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 4 },
  { arbitrary: fc.constantFrom(...INJECTIONS), weight: 3 },
  {
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...CONTROL_CHARACTERS), fc.string({ maxLength: 10 }))
      .map((p) => p.join('')),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: 5_000, max: 100_000 }).map((n) => 'A'.repeat(n)), weight: 1 },
);

// Text that must be refused wherever a name or note is expected: too long, or carrying a
// control character.
export const refusedText = (max: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer({ min: max + 1, max: max * 4 }).map((n) => 'A'.repeat(n)),
    fc
      .tuple(
        fc.string({ minLength: 1, maxLength: 10 }),
        fc.constantFrom(...CONTROL_CHARACTERS),
        fc.string({ maxLength: 10 }),
      )
      .map((p) => p.join('')),
  );

// JSON values of any type but the one expected. (No NaN or Infinity: JSON sends them as null.)
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
export const notAString = fc.oneof(
  fc.integer(),
  finite,
  fc.boolean(),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }),
);
export const anyJson = fc.oneof(notAString, hostileString, fc.constant(null));

export const notIn = <T>(allowed: readonly T[], values: fc.Arbitrary<unknown> = fc.oneof(anyJson, hostileString)) =>
  values.filter((v) => !allowed.includes(v as T));

// What a field expects, and so what is certainly invalid for it.
export type FieldKind =
  | { kind: 'requiredText' | 'optionalText'; max: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'boolean' | 'progress' | 'number' | 'partialDate' | 'day' | 'cities' | 'code' | 'codes' };

const blank = (s: string) => s.trim() === '';
const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/;
const DATE_LIKE = /^\s*\d{4}(-\d\d){0,2}\s*$/;
const CODE = /^[A-Z0-9][A-Z0-9-]{1,63}$/;
const UNKNOWN_CITY = fc
  .integer({ min: 100000, max: 999999 })
  .map(String)
  .filter((c) => !/^37(01|03|05|09|14|15|16)00$/.test(c));
const notAStringOrArray = fc.oneof(
  fc.integer(),
  finite,
  fc.boolean(),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }),
);

// Values certainly invalid for a field of this kind, whatever else the request holds. With
// `form`, only what a form can carry: text (and lists of text for multi-valued fields).
export function invalidValue(field: FieldKind, { form = false } = {}): fc.Arbitrary<unknown> {
  const wrongType = form ? fc.constant('') : notAString;
  switch (field.kind) {
    case 'requiredText':
      return fc.oneof(wrongType, refusedText(field.max), fc.constantFrom('', '   ', ...(form ? [] : [null])));
    case 'optionalText':
      return form ? refusedText(field.max) : fc.oneof(notAString, refusedText(field.max));
    case 'enum':
      return notIn(field.values, form ? hostileString : undefined).filter(
        (v) => !(form && typeof v === 'string' && blank(v)),
      );
    case 'boolean':
      return notIn([true, false]);
    case 'progress':
    case 'number':
      return fc.oneof(
        fc.constantFrom(
          ...(field.kind === 'progress' ? ['140', '-1', '50.5', '101'] : []),
          '1e2',
          '0x10',
          'abc',
          '5 0',
          'Infinity',
          '--1',
          ...(field.kind === 'number' ? [''] : []),
        ),
        hostileString.filter((s) => !blank(s) && !NUMERIC.test(s)),
        ...(form
          ? []
          : [
              fc.boolean(),
              fc.constant([50]),
              fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
              ...(field.kind === 'progress'
                ? [fc.integer({ min: 101 }), fc.integer({ max: -1 }), finite.filter((v) => !Number.isInteger(v))]
                : [fc.constant(null)]),
            ]),
      );
    case 'partialDate':
    case 'day':
      return fc.oneof(
        fc.constantFrom(
          '2021-13',
          '2021-02-30',
          '20210',
          'soon',
          '2021-1',
          '21-01-01',
          '2021/01/01',
          ...(field.kind === 'day' ? ['2021', '2021-10'] : []),
        ),
        hostileString.filter((s) => !blank(s) && !DATE_LIKE.test(s)),
        ...(form ? [] : [notAString]),
      );
    case 'cities':
      return fc.oneof(
        fc.array(
          hostileString.filter((s) => !/^\d{6}$/.test(s)),
          { minLength: 1, maxLength: 3 },
        ),
        fc.array(UNKNOWN_CITY, { minLength: 1, maxLength: 2 }),
        ...(form ? [] : [notAStringOrArray, hostileString]),
      );
    case 'code':
      return fc.oneof(
        hostileString.filter((s) => !CODE.test(s.trim())),
        fc.constantFrom('', 'lower-case', 'A', '-LEADING'),
        ...(form ? [] : [notAString]),
      );
    case 'codes':
      return form
        ? hostileString.filter((s) => s.split(/[\s,，]+/).some((c) => c && !CODE.test(c)))
        : fc.oneof(
            notAStringOrArray,
            fc.array(
              hostileString.filter((s) => !CODE.test(s.trim())),
              { minLength: 1, maxLength: 2 },
            ),
          );
  }
}

// One field of `fields`, with a value certainly invalid for it.
export function invalidField(
  fields: Record<string, FieldKind>,
  options?: { form?: boolean },
): fc.Arbitrary<[string, unknown]> {
  return fc
    .constantFrom(...Object.keys(fields))
    .chain((name) => invalidValue(fields[name], options).map((value): [string, unknown] => [name, value]));
}
