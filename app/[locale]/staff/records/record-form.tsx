'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ConflictNotice } from '@/components/conflict-notice';
import { CheckboxGroup, FormField, inputClass } from '@/components/form-field';
import { RecordFormStatus } from '@/components/form-status';
import { PUBLICATION_STATES } from '@/lib/enums';
import { IDLE, type FormValues } from '@/lib/validation/form-state';
import type { RecordKind } from '@/db/records/validation';
import { saveRecordAction } from './actions';
import { HAS_SUMMARY, RECORD_FIELDS } from './record-fields';

type Props = {
  kind: RecordKind;
  mode: 'create' | 'edit';
  initial: FormValues;
  version?: number;
  cities: { value: string; label: string }[];
  canPublish: boolean;
};

export function RecordForm({ kind, mode, initial, version, cities, canPublish }: Props) {
  const t = useTranslations('editing');
  const [state, submit, pending] = useActionState(saveRecordAction, IDLE);
  const values = state.status === 'saved' ? initial : (state.values ?? initial);
  const value = (name: string) => (values[name] as string | undefined) ?? '';
  const errors = state.errors ?? {};
  const label = (name: string) => t(`field.${name}` as 'field.code');
  const input = (name: string, type = 'text') => (
    <FormField
      key={name}
      name={name}
      label={label(name)}
      errors={errors[name]}
      hint={type === 'date' ? t('hint.date') : name === 'projectCodes' ? t('hint.projectCodes') : undefined}
    >
      {(p) =>
        type === 'textarea' || type === 'codes' ? (
          <textarea {...p} rows={type === 'codes' ? 3 : 2} defaultValue={value(name)} className={inputClass} />
        ) : (
          <input
            {...p}
            type={type === 'number' ? 'text' : 'text'}
            inputMode={type === 'number' ? 'decimal' : undefined}
            defaultValue={value(name)}
            className={inputClass}
          />
        )
      }
    </FormField>
  );
  return (
    <form
      action={submit}
      noValidate
      key={`${state.status}-${state.version ?? version}`}
      aria-label={t(mode === 'create' ? 'records.createTitle' : 'records.editTitle')}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <RecordFormStatus state={state} />
      {state.status === 'conflict' && state.conflict && <ConflictNotice changes={state.conflict} />}
      {/* Not "kind": organizations and events have a field of that name, which would replace it. */}
      <input type="hidden" name="recordKind" value={kind} />
      <input type="hidden" name="mode" value={mode} />
      <input type="hidden" name="version" value={state.version ?? version ?? ''} />
      <input type="hidden" name="baseline" value={JSON.stringify(initial)} />
      {mode === 'edit' ? <input type="hidden" name="code" value={value('code')} /> : input('code')}
      <div className="grid gap-4 sm:grid-cols-2">
        {input('nameZh')}
        {input('nameEn')}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {RECORD_FIELDS[kind].map((f) =>
          f.type === 'select' ? (
            <FormField key={f.name} name={f.name} label={label(f.name)} errors={errors[f.name]}>
              {(p) => (
                <select {...p} defaultValue={value(f.name)} className={inputClass}>
                  {f.options.map((o) => (
                    <option key={o} value={o}>
                      {t(`enum.${o}` as 'enum.meeting')}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ) : (
            input(f.name, f.type)
          ),
        )}
      </div>
      {HAS_SUMMARY[kind] && (
        <div className="grid gap-4 sm:grid-cols-2">
          {input('summaryZh', 'textarea')}
          {input('summaryEn', 'textarea')}
        </div>
      )}
      {input('sourceQuote', 'textarea')}
      <CheckboxGroup
        name="cityCodes"
        legend={label('cityCodes')}
        options={cities}
        checked={(values.cityCodes as string[] | undefined) ?? []}
        errors={errors.cityCodes}
      />
      <FormField name="publication" label={label('publication')} errors={errors.publication}>
        {(p) => (
          <select {...p} defaultValue={value('publication') || 'draft'} disabled={!canPublish} className={inputClass}>
            {PUBLICATION_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`enum.${s}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {!canPublish && <input type="hidden" name="publication" value={value('publication') || 'draft'} />}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? t('form.saving') : t(mode === 'create' ? 'form.create' : 'form.save')}
      </button>
    </form>
  );
}
