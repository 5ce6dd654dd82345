'use client';

import { useTranslations } from 'next-intl';
import type { ConflictChange } from '@/lib/validation/form-state';

// Shown when someone saved the record after this page was loaded: what they changed, so the
// editor can compare it with what they typed (still in the form) and decide what to reapply.
export function ConflictNotice({ changes }: { changes: ConflictChange[] }) {
  const t = useTranslations();
  const label = (field: string) =>
    t.has(`project.field.${field}`) ? t(`project.field.${field}` as 'project.field.stage') : field;
  const show = (value: unknown) =>
    value === null || value === undefined || value === ''
      ? t('project.empty')
      : Array.isArray(value)
        ? value.join(', ')
        : String(value);
  return (
    <section
      role="alert"
      aria-labelledby="conflict-title"
      className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm"
    >
      <h2 id="conflict-title" className="font-semibold text-amber-900">
        {t('editing.conflict.title')}
      </h2>
      <p>{t('editing.conflict.body')}</p>
      {changes.length > 0 && (
        <ul className="list-disc space-y-1 pl-5">
          {changes.map((entry) => (
            <li key={entry.version}>
              <span className="text-slate-600">
                {t('editing.conflict.entry', {
                  version: entry.version,
                  by: entry.by ?? '—',
                  at: entry.at.replace('T', ' ').slice(0, 16),
                })}
              </span>
              <ul className="pl-3">
                {entry.changes.map((c, i) => (
                  <li key={i}>{t('project.change', { field: label(c.field), from: show(c.from), to: show(c.to) })}</li>
                ))}
              </ul>
              {entry.note && <p className="italic">{entry.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
