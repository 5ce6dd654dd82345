'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { expirePublicData } from '@/db/core/expire-public-data';
import { createRecord, deleteRecord, updateRecord } from '@/db/records/mutations';
import { diffFields } from '@/db/core/versioned-record';
import { getCurrentUser } from '@/db/accounts/current-user';
import { jsonField } from '@/lib/validation/json-field';
import { formValues, type FormState } from '@/lib/validation/form-state';
import { isRecordKind, recordFormValues, recordInput } from './record-fields';

export async function saveRecordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ['cityCodes']);
  // The record's kind travels as recordKind: an organization's or event's own `kind` field
  // (alliance, meeting, …) shares the form and would otherwise overwrite it.
  const kind = String(values.recordKind);
  if (!isRecordKind(kind)) return { status: 'not_found', values };
  const input = recordInput(kind, values);
  const code = String(values.code);
  const result =
    values.mode === 'create'
      ? createRecord(await getCurrentUser(), kind, { ...input, code })
      : updateRecord(await getCurrentUser(), kind, code, Number(values.version), input);
  if (result.ok) {
    expirePublicData({ records: true });
    revalidatePath(`/staff/records/${kind}`);
    if (values.mode === 'create') redirect(`/staff/records/${kind}/${result.record.code}`);
    return { status: 'saved', version: result.record.version };
  }
  if (result.status === 'invalid') return { status: 'invalid', values, errors: result.errors };
  if (result.status === 'conflict') {
    // These records keep no history table yet: what changed is the stored record compared
    // with the one this form was loaded from.
    const loaded = jsonField(values.baseline, z.record(z.string(), z.unknown()), {});
    const current = recordFormValues(result.current);
    const changes = diffFields(loaded, current);
    return {
      status: 'conflict',
      values,
      version: result.current.version,
      conflict: [{ version: result.current.version, at: '', by: null, note: '', changes }],
    };
  }
  return { status: result.status, values };
}

export async function deleteRecordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { recordKind: kind, code, version } = formValues(formData) as Record<string, string>;
  if (!isRecordKind(kind)) return { status: 'not_found' };
  const result = deleteRecord(await getCurrentUser(), kind, code, Number(version));
  if (!result.ok) return { status: result.status };
  expirePublicData({ records: true });
  revalidatePath(`/staff/records/${kind}`);
  redirect(`/staff/records/${kind}`);
}
