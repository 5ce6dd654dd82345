import { getTranslations } from 'next-intl/server';
import { ProgressMeter } from '@/components/progress-meter';
import { StageBadge } from '@/components/stage-badge';
import { localized } from '@/lib/i18n/localized';
import { DashboardCard } from './dashboard-card';
import { getAgreementDelivery } from './dashboard-data';
import type { DashboardView } from './dashboard-view';
import { getPartialDateFormatter } from './partial-date-format';

export async function AgreementDelivery({ scope, filters, locale }: DashboardView) {
  const t = await getTranslations('dashboard');
  const formatDate = await getPartialDateFormatter();
  const agreements = await getAgreementDelivery(scope, filters);
  return (
    <DashboardCard id="agreements" title={t('agreements.heading')} description={t('agreements.description')}>
      {agreements.length === 0 ? (
        <p className="text-sm text-slate-600">{t('agreements.empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {agreements.map((a) => (
            <li key={a.code} className="py-3 print:break-inside-avoid">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{localized(locale, a.nameZh, a.nameEn)}</p>
                  <p className="text-xs text-slate-500">
                    {a.signedOn ? t('agreements.signedOn', { date: formatDate(a.signedOn) }) : t('agreements.unsigned')}
                  </p>
                </div>
                {a.projectCount > 0 && (
                  <div className="shrink-0 text-sm sm:text-right">
                    <ProgressMeter
                      value={Math.round((a.doneCount / a.projectCount) * 100)}
                      label={t('agreements.doneMeter')}
                      unknownLabel=""
                    />
                    <p className="mt-1 text-xs text-slate-600">
                      {t('agreements.projects', { count: a.projectCount })} ·{' '}
                      {t('agreements.done', { done: a.doneCount, total: a.projectCount })} ·{' '}
                      {a.averageProgress === null
                        ? t('agreements.averageNone')
                        : t('agreements.average', {
                            value: Math.round(a.averageProgress),
                            reported: a.progressReported,
                          })}
                    </p>
                  </div>
                )}
              </div>
              {a.projectCount === 0 ? (
                <p className="mt-1 text-xs text-slate-500">{t('agreements.noProjects')}</p>
              ) : (
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm text-brand-700">
                    {t('agreements.committed', { count: a.projectCount })}
                  </summary>
                  <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
                    {a.projects.map((p) => (
                      <li key={p.code} className="flex items-center justify-between gap-2">
                        <a href={`/projects/${p.code}`} className="min-w-0 truncate text-brand-700 hover:underline">
                          {localized(locale, p.nameZh, p.nameEn)}
                        </a>
                        <StageBadge stage={p.stage} />
                      </li>
                    ))}
                    {a.projectCount > a.projects.length && (
                      <li className="text-slate-500">{t('more', { count: a.projectCount - a.projects.length })}</li>
                    )}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}
