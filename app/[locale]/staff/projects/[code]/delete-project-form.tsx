'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormField, inputClass } from '@/components/form-field';
import { RecordFormStatus } from '@/components/form-status';
import { IDLE } from '@/lib/validation/form-state';
import { deleteProjectAction } from './actions';

// Deleting marks the project deleted; its history stays. A note saying why is required.
export function DeleteProjectForm({ code, version }: { code: string; version: number }) {
  const t = useTranslations('editing.delete');
  const [state, submit, pending] = useActionState(deleteProjectAction, IDLE);
  return (
    <details className="rounded-lg border border-red-200 bg-white p-4">
      <summary className="cursor-pointer font-medium text-red-800">{t('title')}</summary>
      <form action={submit} noValidate className="mt-3 space-y-3" aria-label={t('title')}>
        <RecordFormStatus state={state} />
        <p className="text-sm text-slate-600">{t('body')}</p>
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="version" value={version} />
        <FormField name="deleteNote" label={t('note')} errors={state.errors?.note}>
          {(p) => (
            <textarea
              {...p}
              name="note"
              rows={2}
              defaultValue={(state.values?.note as string) ?? ''}
              className={inputClass}
            />
          )}
        </FormField>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-900"
        >
          {t('submit')}
        </button>
      </form>
    </details>
  );
}
