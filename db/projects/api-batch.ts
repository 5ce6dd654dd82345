import 'server-only';
import { z } from 'zod';
import type { SignedInUser } from '@/db/accounts/session-queries';
import { errorAnswer, type ApiAnswer } from '@/lib/api/responses';
import { projectAnswer } from './api-patch';
import { updateProjects } from './batch-update';

// POST /api/v1/projects/batch once the caller is known and the body read: many updates, each
// answered as PATCH /api/v1/projects/{code} would answer it. `written` names the projects whose
// cached public pages the caller expires, once for the whole batch, and `fields` what changed.

export const MAX_BATCH_UPDATES = 1000;
// Room for about 1 KB per update in a full batch (a few fields and a note). Updates carrying long
// texts, up to the 64 KB a single write takes, fit in smaller batches.
export const MAX_BATCH_BYTES = 1024 * 1024;

const updateSchema = z.strictObject(
  {
    code: z.string({ error: "is missing: the project's code, as a string" }).min(1, { error: 'is empty' }),
    version: z
      .int({ error: "is missing or not a whole number: the version from the project's ETag, e.g. 3" })
      .min(0, { error: 'cannot be negative' }),
    fields: z.record(z.string(), z.unknown(), { error: 'must be an object of the fields to change' }),
    note: z.unknown().optional(),
  },
  { error: 'must be an object { code, version, fields, note }' },
);

const batchSchema = z.strictObject({
  atomic: z.boolean({ error: 'must be true or false' }).default(false),
  updates: z
    .array(updateSchema, { error: 'must be an array of { code, version, fields, note }' })
    .min(1, { error: 'is empty' }),
});

type Batch = z.infer<typeof batchSchema>;

const pathText = (path: PropertyKey[]) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');

function problems(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const at = pathText(issue.path);
    if (issue.code !== 'unrecognized_keys') return [`${at || 'The body'} ${issue.message}.`];
    const takes = at ? 'an update takes code, version, fields and note' : 'the body takes atomic and updates';
    return issue.keys.map((key) => `${at || 'The body'} has an unknown key "${key}": ${takes}.`);
  });
}

function duplicates(updates: Batch['updates']): string[] {
  const first = new Map<string, number>();
  return updates.flatMap(({ code }, i) => {
    const seen = first.get(code);
    if (seen === undefined) first.set(code, i);
    return seen === undefined
      ? []
      : [`updates[${i}].code "${code}" is also updates[${seen}].code: one update per project.`];
  });
}

// The batch, or the answer that refuses it as a whole, naming each problem found.
export function parseBatch(body: Record<string, unknown>): { batch: Batch } | { refusal: ApiAnswer } {
  if (Array.isArray(body.updates) && body.updates.length > MAX_BATCH_UPDATES)
    return {
      refusal: errorAnswer(
        413,
        `A batch holds at most ${MAX_BATCH_UPDATES} updates; this one has ${body.updates.length}. Send it in parts.`,
      ),
    };
  const parsed = batchSchema.safeParse(body);
  const found = parsed.success ? duplicates(parsed.data.updates) : problems(parsed.error);
  if (parsed.success && found.length === 0) return { batch: parsed.data };
  const more = found.length > 1 ? ` (and ${found.length - 1} more problems)` : '';
  return { refusal: errorAnswer(400, `${found[0]}${more}`, { problems: found.slice(0, 50) }) };
}

// 200 when every update succeeded; 207 when some were refused and the others written; 409 when
// an atomic batch had a refusal and nothing was written. Each result is the single write's
// answer; in a rolled-back batch, the updates that would have succeeded answer 424.
export async function batchUpdateProjects(
  actor: SignedInUser,
  body: Record<string, unknown>,
): Promise<{ answer: ApiAnswer; written: string[]; fields: string[] }> {
  const parsed = parseBatch(body);
  if ('refusal' in parsed) return { answer: parsed.refusal, written: [], fields: [] };
  const { atomic, updates } = parsed.batch;
  const outcome = await updateProjects(actor, updates, { atomic });
  const answers = outcome.results.map((result, i) => projectAnswer(updates[i].code, updates[i].version, result));
  const failed = answers.flatMap((answer, i) => (answer.status === 200 ? [] : [i]));
  if (!outcome.committed) {
    const notWritten = errorAnswer(424, 'Not written: the batch is atomic and other updates in it were refused.');
    const results = answers.map((answer, i) => item(updates[i].code, answer.status === 200 ? notWritten : answer));
    const which = `${failed.slice(0, 10).join(', ')}${failed.length > 10 ? ', …' : ''}`;
    const message = `Nothing was written: the batch is atomic and ${failed.length} of its ${updates.length} updates were refused (updates ${which}, counting from 0).`;
    return { answer: errorAnswer(409, message, { failed, results }), written: [], fields: [] };
  }
  const results = answers.map((answer, i) => item(updates[i].code, answer));
  return {
    answer: { status: failed.length ? 207 : 200, payload: { data: { atomic, failed, results } } },
    written: updates.filter((_, i) => outcome.results[i].ok).map((update) => update.code),
    fields: [...new Set(outcome.results.flatMap((result) => (result.ok ? result.fields : [])))],
  };
}

const item = (code: string, { status, payload, etag }: ApiAnswer) => ({
  code,
  status,
  ...(etag ? { etag } : {}),
  body: payload,
});
