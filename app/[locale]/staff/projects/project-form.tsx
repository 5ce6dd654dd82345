'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ConflictNotice } from '@/components/conflict-notice';
import { CheckboxGroup, FormField, inputClass } from '@/components/form-field';
import { RecordFormStatus } from '@/components/form-status';
import { CATEGORIES, HEALTHS, PUBLICATION_STATES, SCHEDULE_REASONS, STAGES } from '@/lib/enums';
import { IDLE, type FormState, type FormValues } from '@/lib/validation/form-state';

type Props = {
  mode: 'create' | 'edit';
  action: (state: FormState, data: FormData) => Promise<FormState>;
  initial: FormValues;
  version?: number;
  cities: { value: string; label: string }[];
  canPublish: boolean;
  // Only an admin resets the approved plan; others see it and cannot change it.
  canRebaseline: boolean;
};

const DATE_FIELDS = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;

export function ProjectForm({ mode, action, initial, version, cities, canPublish, canRebaseline }: Props) {
  const t = useTranslations();
  const [state, submit, pending] = useActionState(action, IDLE);
  // A refused submit shows what the user typed; a saved one shows the record as stored.
  const values = state.status === 'saved' ? initial : (state.values ?? initial);
  const value = (name: string) => (values[name] as string | undefined) ?? '';
  const errors = state.errors ?? {};
  const field = (name: string) =>
    t.has(`project.field.${name}`)
      ? t(`project.field.${name}` as 'project.field.stage')
      : t(`editing.field.${name}` as 'editing.field.code');
  const select = (name: string, options: readonly string[], label: (v: string) => string, disabled = false) => (
    <FormField name={name} label={field(name)} errors={errors[name]}>
      {(p) => (
        <select {...p} defaultValue={value(name)} disabled={disabled} className={inputClass}>
          {options.map((o) => (
            <option key={o} value={o}>
              {label(o)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  const text = (name: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <FormField name={name} label={field(name)} errors={errors[name]} hint={hint}>
      {(p) => <input {...p} {...extra} defaultValue={value(name)} className={inputClass} />}
    </FormField>
  );

  return (
    <form
      action={submit}
      noValidate
      key={`${state.status}-${state.version ?? version}`}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t(mode === 'create' ? 'editing.project.createTitle' : 'editing.project.editTitle')}
    >
      <RecordFormStatus state={state} />
      {state.status === 'conflict' && state.conflict && <ConflictNotice changes={state.conflict} />}
      {mode === 'edit' && <input type="hidden" name="code" value={value('code')} />}
      <input type="hidden" name="version" value={state.version ?? version ?? ''} />
      {mode === 'create' && (
        <div className="grid gap-4 sm:grid-cols-2">
          {text('code', { autoCapitalize: 'characters', required: true }, t('editing.hint.code'))}
          {select('category', CATEGORIES, (v) => t(`category.${v}` as 'category.rail'))}
          {text('nameZh', { required: true })}
          {text('nameEn')}
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {select('stage', STAGES, (v) => t(`stage.${v}` as 'stage.completion'))}
        {select('health', HEALTHS, (v) => t(`health.${v}` as 'health.on_track'))}
        {text(
          'progress',
          { type: 'number', inputMode: 'numeric', min: 0, max: 100, step: 1 },
          t('editing.hint.progress'),
        )}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="healthInternal"
          defaultChecked={value('healthInternal') === 'on'}
          className="h-4 w-4"
        />
        {t('editing.field.healthInternal')}
      </label>
      <div className="grid gap-4 sm:grid-cols-4">
        {DATE_FIELDS.map((name) => (
          <div key={name}>{text(name, { placeholder: 'YYYY-MM-DD' }, t('editing.hint.date'))}</div>
        ))}
      </div>
      <fieldset className="grid gap-4 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t('editing.schedule.legend')}</legend>
        {canRebaseline ? (
          <>
            {text('baselineStart', { placeholder: 'YYYY-MM-DD' }, t('editing.hint.date'))}
            {text('baselineEnd', { placeholder: 'YYYY-MM-DD' }, t('editing.hint.date'))}
          </>
        ) : (
          <p className="text-sm text-slate-700 sm:col-span-2" data-testid="baseline-read-only">
            {field('baselineStart')}: {value('baselineStart') || '—'} · {field('baselineEnd')}:{' '}
            {value('baselineEnd') || '—'}
            <span className="block text-xs text-slate-500">{t('editing.schedule.adminOnly')}</span>
          </p>
        )}
        {select('scheduleReason', ['', ...SCHEDULE_REASONS], (v) =>
          v ? t(`scheduleReason.${v}` as 'scheduleReason.other') : t('editing.schedule.noReason'),
        )}
        <p className="text-xs text-slate-500 sm:col-span-3">{t('editing.schedule.hint')}</p>
      </fieldset>
      <CheckboxGroup
        name="cityCodes"
        legend={field('cities')}
        options={cities}
        checked={(values.cityCodes as string[] | undefined) ?? []}
        errors={errors.cityCodes}
      />
      {select('publication', PUBLICATION_STATES, (v) => t(`common.${v}` as 'common.draft'), !canPublish)}
      {!canPublish && <input type="hidden" name="publication" value={value('publication')} />}
      <FormField
        name="internalNote"
        label={field('internalNote')}
        errors={errors.internalNote}
        hint={t('editing.hint.internalNote')}
      >
        {(p) => <textarea {...p} rows={2} defaultValue={value('internalNote')} className={inputClass} />}
      </FormField>
      {mode === 'edit' && (
        <>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="verifiedToday"
              defaultChecked={value('verifiedToday') === 'on'}
              className="h-4 w-4"
            />
            {t('editing.field.verifiedToday')}
          </label>
          <FormField
            name="evidence"
            label={t('editing.field.evidence')}
            errors={errors.evidence}
            hint={t('editing.hint.evidence')}
          >
            {(p) => (
              <input
                {...p}
                type="file"
                multiple
                accept="image/jpeg,image/png,image/webp,application/pdf"
                className="mt-1 block w-full text-sm"
              />
            )}
          </FormField>
          <FormField name="note" label={t('editing.field.note')} errors={errors.note} hint={t('editing.hint.note')}>
            {(p) => <textarea {...p} rows={2} required defaultValue={value('note')} className={inputClass} />}
          </FormField>
        </>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? t('editing.form.saving') : t(mode === 'create' ? 'editing.form.create' : 'editing.form.save')}
      </button>
    </form>
  );
}
