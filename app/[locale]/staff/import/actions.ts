'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { expirePublicData } from '@/db/core/expire-public-data';
import { importProjects, type ImportReport } from '@/db/projects/import';
import { getCurrentUser } from '@/db/accounts/current-user';
import { MAX_IMPORT_BYTES, readProjectCsv } from '@/db/projects/csv-import';
import { jsonField } from '@/lib/validation/json-field';
import { noteSchema } from '@/db/projects/validation';

export type ImportState = {
  report?: ImportReport;
  csv?: string;
  versions?: string;
  note?: string;
  error?: string;
  detail?: string;
};

// First a dry run of the uploaded file; the page then offers to apply exactly that file,
// refused if any project changed since the dry run.
export async function importAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const note = String(formData.get('note') ?? '');
  const file = formData.get('file');
  const csv =
    typeof file === 'object' && file && file.size > 0
      ? file.size > MAX_IMPORT_BYTES
        ? null
        : await file.text()
      : String(formData.get('csv') ?? '');
  if (csv === null) return { note, error: 'csvTooLarge' };
  if (!noteSchema.safeParse(note).success) return { note, csv, error: 'noteRequired' };
  if (!csv) return { note, error: 'csvEmpty' };
  const read = readProjectCsv(csv);
  if (read.error) return { note, error: read.error, detail: read.detail };
  const actor = await getCurrentUser();
  if (formData.get('intent') === 'apply') {
    // Without the dry run's versions every existing project counts as changed since: refused.
    const versions = jsonField(formData.get('versions'), z.record(z.string(), z.number().int()), {});
    const report = importProjects(actor, read.rows, note.trim(), { apply: true, versions });
    if (report.applied) {
      expirePublicData({ projects: read.rows.map((row) => row.code) });
      revalidatePath('/staff/projects');
    }
    return { report, note };
  }
  const report = importProjects(actor, read.rows, note.trim(), { apply: false });
  const versions = JSON.stringify(Object.fromEntries(report.rows.map((r) => [r.code, 'version' in r ? r.version : 0])));
  return { report, csv, versions, note };
}
