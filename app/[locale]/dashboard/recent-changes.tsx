import { getTranslations } from 'next-intl/server';
import { formatMoment } from '@/lib/format-date';
import { localized } from '@/lib/i18n/localized';
import { DashboardCard } from './dashboard-card';
import { getRecentChanges } from './dashboard-data';
import type { DashboardView } from './dashboard-view';

export async function RecentChanges({ scope, filters, locale }: DashboardView) {
  const t = await getTranslations();
  const changes = await getRecentChanges(scope, filters);
  const fieldName = (field: string) => (t.has(`project.field.${field}`) ? t(`project.field.${field}` as 'project.field.stage') : field);
  const valueText = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('dashboard.changes.empty');
    if (field === 'stage' || field === 'health' || field === 'category') {
      const key = `${field}.${String(value)}`;
      if (t.has(key)) return t(key as 'stage.completion');
    }
    return field === 'progress' ? `${value}%` : String(value);
  };
  return (
    <DashboardCard id="changes" title={t('dashboard.changes.heading')} description={t('dashboard.changes.description')}>
      {changes.length === 0 ? <p className="text-sm text-slate-600">{t('dashboard.changes.none')}</p> : (
        <ol className="divide-y divide-slate-100">
          {changes.map((entry) => (
            <li key={entry.id} className="py-2.5 print:break-inside-avoid">
              <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
                <a href={`/projects/${entry.code}`} className="font-medium text-brand-700 hover:underline">{localized(locale, entry.nameZh, entry.nameEn)}</a>
                <time dateTime={entry.createdAt} className="text-xs tabular-nums text-slate-500">{formatMoment(entry.createdAt)}</time>
              </p>
              <ul className="mt-0.5 text-sm text-slate-700">
                {entry.changes.map((c) => (
                  <li key={c.field}>{t('dashboard.changes.change', { field: fieldName(c.field), from: valueText(c.field, c.from), to: valueText(c.field, c.to) })}</li>
                ))}
              </ul>
              {entry.userName && <p className="text-xs text-slate-500">{t('dashboard.changes.by', { name: entry.userName })}</p>}
            </li>
          ))}
        </ol>
      )}
    </DashboardCard>
  );
}
