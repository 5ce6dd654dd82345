import { getTranslations } from 'next-intl/server';
import { formatMoment } from '@/lib/format-date';
import { changeSentence, type ChangeTranslator } from '@/lib/i18n/change-text';
import { localized } from '@/lib/i18n/localized';
import { DashboardCard } from './dashboard-card';
import { getRecentChanges } from './dashboard-data';
import type { DashboardView } from './dashboard-view';

export async function RecentChanges({ scope, filters, locale }: DashboardView) {
  const t = await getTranslations();
  const changes = await getRecentChanges(scope, filters);
  const words = t as unknown as ChangeTranslator;
  return (
    <DashboardCard id="changes" title={t('dashboard.changes.heading')} description={t('dashboard.changes.description')}>
      {changes.length === 0 ? (
        <p className="text-sm text-slate-600">{t('dashboard.changes.none')}</p>
      ) : (
        <ol className="change-list">
          {changes.map((entry) => (
            <li key={entry.id}>
              <p>
                <a href={`/projects/${entry.code}`}>{localized(locale, entry.nameZh, entry.nameEn)}</a>
                <time dateTime={entry.createdAt}>{formatMoment(entry.createdAt)}</time>
              </p>
              <ul>
                {entry.changes.map((c) => (
                  <li key={c.field}>{changeSentence(words, c)}</li>
                ))}
              </ul>
              {entry.userName && <p className="change-by">{t('dashboard.changes.by', { name: entry.userName })}</p>}
            </li>
          ))}
        </ol>
      )}
    </DashboardCard>
  );
}
