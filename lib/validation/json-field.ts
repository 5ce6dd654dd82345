import type { z } from 'zod';

// A hidden form field holding JSON the page wrote (a dry run's versions, a form's baseline).
// The browser sends it back, so anyone can send anything: broken JSON or the wrong shape gives
// `fallback`, never an exception that would end the action with a 500.
export function jsonField<T>(value: unknown, schema: z.ZodType<T>, fallback: T): T {
  if (typeof value !== 'string') return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
