import { getTranslations } from 'next-intl/server';
import { ATTENTION_PROJECTS_SHOWN, STALE_AFTER_DAYS } from '@/db/queries/dashboard-attention';
import { localized } from '@/lib/i18n/localized';
import { DashboardCard } from './dashboard-card';
import { getDashboardCities, getNeedsAttention } from './dashboard-data';
import { projectListHref } from './dashboard-links';
import type { DashboardView } from './dashboard-view';
import { getPartialDateFormatter } from './partial-date-format';

export async function NeedsAttention({ scope, filters, locale }: DashboardView) {
  const t = await getTranslations();
  const formatDate = await getPartialDateFormatter();
  const [cities, allCities] = await Promise.all([getNeedsAttention(scope, filters), getDashboardCities()]);
  const cityName = new Map(allCities.map((c) => [c.code, localized(locale, c.nameZh, c.nameEn)]));
  const days = STALE_AFTER_DAYS;
  const chip = 'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset';
  return (
    <DashboardCard id="attention" title={t('dashboard.attention.heading')} description={t('dashboard.attention.description', { days })}>
      {cities.length === 0 ? <p className="text-sm text-slate-600">{t('dashboard.attention.none')}</p> : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-2">
          {cities.map((c) => (
            <li key={c.cityCode} className="rounded-lg border border-slate-200 p-3 print:break-inside-avoid">
              <h3 className="flex items-baseline justify-between gap-2 font-medium">
                <span>{cityName.get(c.cityCode) ?? c.cityCode}</span>
                <span className="text-xs font-normal text-slate-500">{t('dashboard.attention.total', { count: c.total })}</span>
              </h3>
              <p className="mt-2 flex flex-wrap gap-1.5">
                {c.offTrack > 0 && (
                  <a href={projectListHref(filters, { city: c.cityCode, health: 'off_track' })} className={`${chip} bg-red-50 text-red-800 ring-red-300 hover:underline`}>
                    {t('dashboard.attention.offTrack')} <span className="tabular-nums">{c.offTrack}</span>
                  </a>
                )}
                {c.atRisk > 0 && (
                  <a href={projectListHref(filters, { city: c.cityCode, health: 'at_risk' })} className={`${chip} bg-amber-50 text-amber-900 ring-amber-300 hover:underline`}>
                    {t('dashboard.attention.atRisk')} <span className="tabular-nums">{c.atRisk}</span>
                  </a>
                )}
                {c.stale > 0 && (
                  <span className={`${chip} bg-slate-50 text-slate-700 ring-slate-300`}>
                    {t('dashboard.attention.stale', { days })} <span className="tabular-nums">{c.stale}</span>
                  </span>
                )}
              </p>
              <ul className="mt-2 space-y-1 text-sm">
                {c.projects.map((p) => (
                  <li key={p.code}>
                    <a href={`/projects/${p.code}`} className="text-brand-700 hover:underline">{localized(locale, p.nameZh, p.nameEn)}</a>
                    <span className="block text-xs text-slate-500">
                      {p.health && <>{t(`health.${p.health}`)} · </>}
                      {p.lastVerifiedAt
                        ? t('dashboard.attention.verifiedOn', { date: formatDate(p.lastVerifiedAt) })
                        : t('dashboard.attention.neverVerified')}
                    </span>
                  </li>
                ))}
                {c.total > ATTENTION_PROJECTS_SHOWN && <li className="text-xs text-slate-500">{t('dashboard.more', { count: c.total - ATTENTION_PROJECTS_SHOWN })}</li>}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}
