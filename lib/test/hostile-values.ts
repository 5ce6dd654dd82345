import fc from 'fast-check';

// Generators of hostile and invalid input for the property-based tests in security/: what a
// careless script, a fuzzer or an attacker sends instead of what a form would.

export const INJECTIONS = [
  "' OR 1=1 --", "'; DROP TABLE projects; --", '" OR ""="', '1; DELETE FROM users', "admin'--", ') UNION SELECT * FROM users --',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${7*7}', '../../etc/passwd',
  '__proto__', 'constructor', '%00', '\u202e', 'null', 'undefined', 'NaN', '-1', '1e400', '0x10',
] as const;

// C0 controls and DEL, other than tab, line feed and carriage return.
export const CONTROL_CHARACTERS = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c)), '\u007f'];

// Any text at all: every code point, injections, control characters, and now and then a huge one.
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 4 },
  { arbitrary: fc.constantFrom(...INJECTIONS), weight: 3 },
  { arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...CONTROL_CHARACTERS), fc.string({ maxLength: 10 })).map((p) => p.join('')), weight: 2 },
  { arbitrary: fc.integer({ min: 5_000, max: 100_000 }).map((n) => 'A'.repeat(n)), weight: 1 },
);

// Text that must be refused wherever a name or note is expected: too long, or carrying a
// control character.
export const refusedText = (max: number): fc.Arbitrary<string> => fc.oneof(
  fc.integer({ min: max + 1, max: max * 4 }).map((n) => 'A'.repeat(n)),
  fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.constantFrom(...CONTROL_CHARACTERS), fc.string({ maxLength: 10 })).map((p) => p.join('')),
);

// JSON values of any type but the one expected.
export const notAString = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }));
export const anyJson = fc.oneof(notAString, hostileString, fc.constant(null));

export const notIn = <T>(allowed: readonly T[], values: fc.Arbitrary<unknown> = fc.oneof(anyJson, hostileString)) =>
  values.filter((v) => !allowed.includes(v as T));
