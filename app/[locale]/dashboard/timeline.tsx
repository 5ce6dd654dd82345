import { getTranslations } from 'next-intl/server';
import { TIMELINE_LIMIT, type fetchTimeline } from '@/db/dashboard/figures';
import { localized } from '@/lib/i18n/localized';
import { DashboardCard } from './dashboard-card';
import { getTimeline } from './dashboard-data';
import type { DashboardView } from './dashboard-view';
import { getPartialDateFormatter } from './partial-date-format';

type Entry = ReturnType<typeof fetchTimeline>['entries'][number];

// Within a year, entries known to the month or day come in date order; entries known only by
// their year follow under their own heading instead of posing as 1 January.
function byYear(entries: Entry[]) {
  const years = new Map<string, { dated: Entry[]; yearOnly: Entry[] }>();
  for (const e of entries) {
    const year = e.date.slice(0, 4);
    const group = years.get(year) ?? { dated: [], yearOnly: [] };
    (e.date.length === 4 ? group.yearOnly : group.dated).push(e);
    years.set(year, group);
  }
  return [...years.entries()];
}

export async function Timeline({ scope, filters, locale }: DashboardView) {
  const t = await getTranslations('dashboard.timeline');
  const formatDate = await getPartialDateFormatter();
  const { entries, truncated } = await getTimeline(scope, filters);
  const item = (e: Entry) => (
    <li key={`${e.kind}-${e.code}`}>
      <span className="timeline-kind" data-kind={e.kind}>
        {t(`kind.${e.kind}`)}
      </span>
      <time dateTime={e.date}>{formatDate(e.date)}</time>
      <p>
        {e.kind === 'milestone' && e.projectCode ? (
          <a href={`/projects/${e.projectCode}`}>{localized(locale, e.nameZh, e.nameEn)}</a>
        ) : (
          localized(locale, e.nameZh, e.nameEn)
        )}
        {e.status && <span className="timeline-status">{`(${t(`milestoneStatus.${e.status as 'met'}`)})`}</span>}
      </p>
    </li>
  );
  return (
    <DashboardCard id="timeline" title={t('heading')} description={t('description')}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t('empty')}</p>
      ) : (
        <div className="space-y-4">
          {byYear(entries).map(([year, group]) => (
            <section key={year} aria-labelledby={`year-${year}`}>
              <h3 id={`year-${year}`} className="mb-2 text-sm font-semibold text-slate-700">
                {t('yearHeading', { year })}
              </h3>
              <ol className="timeline">
                {group.dated.map(item)}
                {group.yearOnly.map(item)}
              </ol>
            </section>
          ))}
          {truncated && <p className="text-xs text-slate-500">{t('truncated', { count: TIMELINE_LIMIT })}</p>}
        </div>
      )}
    </DashboardCard>
  );
}
