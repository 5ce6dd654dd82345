import { getTranslations } from 'next-intl/server';
import { ATTENTION_PROJECTS_SHOWN, STALE_AFTER_DAYS } from '@/db/dashboard/attention';
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
  return (
    <DashboardCard
      id="attention"
      title={t('dashboard.attention.heading')}
      description={t('dashboard.attention.description', { days })}
    >
      {cities.length === 0 ? (
        <p className="text-sm text-slate-600">{t('dashboard.attention.none')}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-2">
          {cities.map((c) => (
            <li key={c.cityCode} className="rounded-lg border border-slate-200 p-3 print:break-inside-avoid">
              <h3 className="flex items-baseline justify-between gap-2 font-medium">
                <span>{cityName.get(c.cityCode) ?? c.cityCode}</span>
                <span className="text-xs font-normal text-slate-500">
                  {t('dashboard.attention.total', { count: c.total })}
                </span>
              </h3>
              <p className="mt-2 flex flex-wrap gap-1.5">
                {c.offTrack > 0 && (
                  <a
                    href={projectListHref(filters, { city: c.cityCode, health: 'off_track' })}
                    className="attention-chip"
                    data-tone="off-track"
                  >
                    {`${t('dashboard.attention.offTrack')} `}
                    <span>{c.offTrack}</span>
                  </a>
                )}
                {c.atRisk > 0 && (
                  <a
                    href={projectListHref(filters, { city: c.cityCode, health: 'at_risk' })}
                    className="attention-chip"
                    data-tone="at-risk"
                  >
                    {`${t('dashboard.attention.atRisk')} `}
                    <span>{c.atRisk}</span>
                  </a>
                )}
                {c.stale > 0 && (
                  <span className="attention-chip" data-tone="stale">
                    {`${t('dashboard.attention.stale', { days })} `}
                    <span>{c.stale}</span>
                  </span>
                )}
              </p>
              <ul className="attention-projects">
                {c.projects.map((p) => (
                  <li key={p.code}>
                    <a href={`/projects/${p.code}`}>{localized(locale, p.nameZh, p.nameEn)}</a>
                    <span>
                      {(p.health ? `${t(`health.${p.health}`)} · ` : '') +
                        (p.lastVerifiedAt
                          ? t('dashboard.attention.verifiedOn', { date: formatDate(p.lastVerifiedAt) })
                          : t('dashboard.attention.neverVerified'))}
                    </span>
                  </li>
                ))}
                {c.total > ATTENTION_PROJECTS_SHOWN && (
                  <li className="attention-more">
                    {t('dashboard.more', { count: c.total - ATTENTION_PROJECTS_SHOWN })}
                  </li>
                )}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}
