'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { expirePublicData } from '@/db/core/expire-public-data';
import { importProjects, type ImportReport } from '@/db/projects/import';
import { getCurrentUser } from '@/db/accounts/current-user';
import { MAX_IMPORT_BYTES, readProjectCsv } from '@/db/projects/csv-import';
import { jsonField } from '@/lib/validation/json-field';
import { noteSchema } from '@/db/projects/validation';
import type { FormState } from '@/lib/validation/form-state';

// First a dry run of the uploaded file; the page then offers to apply exactly that file
// (`values.csv`, with the versions it was checked against), refused if any project changed since
// the dry run.
export async function importAction(
  _previous: FormState<ImportReport>,
  formData: FormData,
): Promise<FormState<ImportReport>> {
  const note = String(formData.get('note') ?? '');
  const file = formData.get('file');
  const csv =
    typeof file === 'object' && file && file.size > 0
      ? file.size > MAX_IMPORT_BYTES
        ? null
        : await file.text()
      : String(formData.get('csv') ?? '');
  if (csv === null) return { status: 'invalid', values: { note }, errors: { file: ['csvTooLarge'] } };
  if (!noteSchema.safeParse(note).success)
    return { status: 'invalid', values: { note, csv }, errors: { note: ['noteRequired'] } };
  if (!csv) return { status: 'invalid', values: { note }, errors: { file: ['csvEmpty'] } };
  const read = readProjectCsv(csv);
  if (read.error) return { status: 'invalid', values: { note }, errors: { file: [read.error] }, message: read.detail };
  const actor = await getCurrentUser();
  if (formData.get('intent') === 'apply') {
    // Without the dry run's versions every existing project counts as changed since: refused.
    const versions = jsonField(formData.get('versions'), z.record(z.string(), z.number().int()), {});
    const report = importProjects(actor, read.rows, note.trim(), { apply: true, versions });
    if (!report.applied) return { status: refusal(report), values: { note }, result: report };
    expirePublicData({ projects: read.rows.map((row) => row.code) });
    revalidatePath('/staff/projects');
    return { status: 'saved', values: { note }, result: report };
  }
  const report = importProjects(actor, read.rows, note.trim(), { apply: false });
  const versions = JSON.stringify(Object.fromEntries(report.rows.map((r) => [r.code, 'version' in r ? r.version : 0])));
  return { status: 'checked', values: { note, csv, versions }, result: report };
}

// An apply is all or nothing: the first refused row says why nothing was written.
function refusal(report: ImportReport): 'invalid' | 'forbidden' | 'conflict' {
  for (const row of report.rows)
    if (row.action === 'invalid' || row.action === 'forbidden' || row.action === 'conflict') return row.action;
  return 'invalid';
}
