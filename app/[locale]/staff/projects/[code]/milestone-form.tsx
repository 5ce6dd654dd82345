'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormField, inputClass } from '@/components/form-field';
import { RecordFormStatus } from '@/components/form-status';
import { IDLE } from '@/lib/validation/form-state';
import { addMilestoneAction } from './actions';

export function MilestoneForm({ code }: { code: string }) {
  const t = useTranslations('editing.milestones');
  const [state, submit, pending] = useActionState(addMilestoneAction, IDLE);
  const values = state.status === 'saved' ? {} : (state.values ?? {});
  return (
    <form
      action={submit}
      noValidate
      key={state.status}
      aria-label={t('add')}
      className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-start"
    >
      <div className="sm:col-span-3">
        <RecordFormStatus state={state.status === 'saved' ? IDLE : state} />
      </div>
      <input type="hidden" name="code" value={code} />
      <FormField name="titleZh" label={t('titleField')} errors={state.errors?.titleZh}>
        {(p) => <input {...p} defaultValue={(values.titleZh as string) ?? ''} className={inputClass} />}
      </FormField>
      <FormField name="plannedOn" label={t('plannedField')} errors={state.errors?.plannedOn}>
        {(p) => (
          <input
            {...p}
            placeholder="YYYY-MM"
            defaultValue={(values.plannedOn as string) ?? ''}
            className={inputClass}
          />
        )}
      </FormField>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-brand-700 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50 sm:mt-6"
      >
        {t('add')}
      </button>
    </form>
  );
}
