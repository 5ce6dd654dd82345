'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormField, inputClass } from '@/components/form-field';
import { RecordFormStatus } from '@/components/form-status';
import type { ImportReport } from '@/db/projects/import';
import { IDLE, type FormState } from '@/lib/validation/form-state';
import { importAction } from './actions';

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join('|') : String(v);

export function ImportForm() {
  const t = useTranslations('editing');
  const [state, submit, pending] = useActionState<FormState<ImportReport>, FormData>(importAction, IDLE);
  const report = state.result;
  const value = (name: string) => state.values?.[name] as string | undefined;
  const refused = report?.rows.some(
    (r) => r.action === 'invalid' || r.action === 'forbidden' || r.action === 'conflict',
  );
  return (
    <div className="space-y-4">
      <form
        action={submit}
        noValidate
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
        aria-label={t('import.dryRun')}
      >
        {/* The report explains every row; this is for what stopped the import before any row. */}
        <RecordFormStatus state={report ? IDLE : state} />
        <input type="hidden" name="intent" value="dryRun" />
        <FormField name="file" label={t('import.file')} hint={t('import.columns')} errors={state.errors?.file}>
          {(p) => <input {...p} type="file" accept=".csv,text/csv" className="mt-1 block w-full text-sm" />}
        </FormField>
        {state.message && <p className="text-sm text-red-700">{state.message}</p>}
        <FormField name="note" label={t('field.note')} hint={t('hint.note')} errors={state.errors?.note}>
          {(p) => <input {...p} defaultValue={value('note')} className={inputClass} />}
        </FormField>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white"
        >
          {t('import.dryRun')}
        </button>
      </form>
      {report && (
        <section aria-labelledby="import-report" aria-live="polite" className="space-y-3">
          <h2 id="import-report" className="font-semibold">
            {t(report.applied ? 'import.appliedTitle' : refused ? 'import.refusedTitle' : 'import.planTitle')}
          </h2>
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <thead>
                <tr>
                  <th className="p-1">{t('import.line')}</th>
                  <th className="p-1">{t('field.code')}</th>
                  <th className="p-1">{t('import.action')}</th>
                  <th className="p-1">{t('import.details')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.line} className="border-t border-slate-200 align-top">
                    <td className="p-1">{row.line}</td>
                    <td className="p-1">
                      <code>{row.code || '—'}</code>
                    </td>
                    <td className="p-1">{t(`import.actions.${row.action}`)}</td>
                    <td className="p-1">
                      {'changes' in row && (
                        <ul>
                          {row.changes.map((c, i) => (
                            <li key={i}>
                              {c.field}: {show(c.from)} → {show(c.to)}
                            </li>
                          ))}
                        </ul>
                      )}
                      {'errors' in row && (
                        <ul className="text-red-700">
                          {Object.entries(row.errors).map(([field, keys]) => (
                            <li key={field}>
                              {field}:{' '}
                              {keys
                                .map((k) => (t.has(`errors.${k}`) ? t(`errors.${k}` as 'errors.required') : k))
                                .join(' ')}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!report.applied && !refused && value('csv') && (
            <form action={submit}>
              <input type="hidden" name="intent" value="apply" />
              <input type="hidden" name="csv" value={value('csv')} />
              <input type="hidden" name="versions" value={value('versions')} />
              <input type="hidden" name="note" value={value('note')} />
              <button
                type="submit"
                disabled={pending}
                className="rounded-md bg-green-700 px-4 py-2 text-sm font-medium text-white"
              >
                {t('import.apply')}
              </button>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
