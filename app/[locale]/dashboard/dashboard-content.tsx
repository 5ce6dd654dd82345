import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { feedMetadata } from '@/app/feed-metadata';
import { FeedLinks } from '@/components/feed-links';
import { ProjectFilterForm } from '@/components/project-filter-form';
import type { ReadScope } from '@/db/core/read-scope';
import { localized } from '@/lib/i18n/localized';
import { parseProjectFilters, type ProjectFilters } from '@/lib/project-filters';
import { AgreementDelivery } from './agreement-delivery';
import { CardErrorBoundary } from './card-error-boundary';
import { CardSkeleton } from './dashboard-card';
import { getDashboardCities } from './dashboard-data';
import { dateTimeFormat } from './date-time-format';
import { exportHref } from './dashboard-links';
import type { DashboardView } from './dashboard-view';
import { HeadlineFigures } from './headline-figures';
import { NeedsAttention } from './needs-attention';
import { PrintButton } from './print-button';
import { CategoryProgress, CityProgress } from './progress-cards';
import { RecentChanges } from './recent-changes';
import { Timeline } from './timeline';
import { parseAsOfQuery } from '@/lib/schedule/as-of-query';
import { AsOfForm } from './as-of-form';
import { CompareCard } from './compare-card';
import { MostSlipped } from './most-slipped';
import { ProgressOverTime } from './progress-over-time';
import { ReasonsCard } from './reasons-card';
import { SlippageCard } from './slippage-card';

export async function dashboardMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title'), ...(await feedMetadata()) };
}

export type DashboardQuery = Record<string, string | string[] | undefined>;

// Each card streams in behind its skeleton, except the stage charts, which come with the page.
// React holds a streamed card back in a hidden part of the page and moves it into place from an
// inline script, a frame or a few hundred milliseconds after it arrives: a reader who printed the
// freshly loaded dashboard at once could get a chart's skeleton on paper.
// `present`: the card shows how things are now and has no past; a view of a past day leaves it out.
const CARDS = [
  { key: 'compare', Card: CompareCard, lines: 6, wide: true, present: false },
  { key: 'headline', Card: HeadlineFigures, lines: 2, wide: true, present: false },
  { key: 'category', Card: CategoryProgress, lines: null, wide: false, present: false },
  { key: 'city', Card: CityProgress, lines: null, wide: false, present: false },
  { key: 'slippage', Card: SlippageCard, lines: 8, wide: true, present: false },
  { key: 'reasons', Card: ReasonsCard, lines: 8, wide: false, present: false },
  { key: 'over-time', Card: ProgressOverTime, lines: 8, wide: false, present: false },
  { key: 'most-slipped', Card: MostSlipped, lines: 6, wide: true, present: true },
  { key: 'attention', Card: NeedsAttention, lines: 4, wide: true, present: true },
  { key: 'agreements', Card: AgreementDelivery, lines: 6, wide: true, present: true },
  { key: 'timeline', Card: Timeline, lines: 8, wide: false, present: true },
  { key: 'changes', Card: RecentChanges, lines: 8, wide: false, present: true },
] as const;

// The dashboard for a query and a read scope. Rendered per request for signed-in readers
// (page.tsx), or once per view into the full-route cache for everyone else (cached-view/).
export async function DashboardContent({ query, scope }: { query: DashboardQuery; scope: ReadScope }) {
  const [t, locale, cities] = await Promise.all([getTranslations(), getLocale(), getDashboardCities()]);
  const parsed = parseProjectFilters(
    query,
    cities.map((c) => c.code),
  );
  const filters: ProjectFilters = parsed.filters ?? {};
  const asOfQuery = parseAsOfQuery(query);
  const days = asOfQuery.days;
  const view: DashboardView = { scope, filters, locale, ...days };
  const city = cities.find((c) => c.code === filters.city);
  const applied = [
    city && `${t('projects.city')}: ${localized(locale, city.nameZh, city.nameEn)}`,
    filters.category && `${t('projects.category')}: ${t(`category.${filters.category}`)}`,
    filters.stage && `${t('projects.stage')}: ${t(`stage.${filters.stage}`)}`,
    filters.health && `${t('projects.health')}: ${t(`health.${filters.health}`)}`,
    filters.status && t(`dashboard.status.${filters.status}`),
  ].filter(Boolean);
  const asOf = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(
    new Date(),
  );
  const narrowed = Boolean(filters.category || filters.stage || filters.health || filters.status);
  const button =
    'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50';

  return (
    <div className="dashboard space-y-5 print:space-y-3">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">{t('dashboard.title')}</h1>
        <p className="max-w-3xl text-slate-600 print:hidden">{t('dashboard.lead')}</p>
        <p className="text-sm text-slate-500">
          {scope === 'internal' ? t('dashboard.scopeInternal') : t('dashboard.scopePublic')}
          <span className="hidden print:inline"> {t('dashboard.asOf', { date: asOf })}</span>
        </p>
        <div className="print:hidden">
          <FeedLinks follow={{ filters: { city: filters.city, category: filters.category } }} />
        </div>
      </header>
      {parsed.error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t('dashboard.badFilter', { param: parsed.error.param, value: parsed.error.value })}
        </p>
      )}
      {asOfQuery.error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t('dashboard.schedule.badDay', { param: asOfQuery.error.param })}
        </p>
      )}
      <ProjectFilterForm action="/dashboard" filters={filters} cities={cities} />
      <AsOfForm filters={filters} days={days} />
      {days.asOf && (
        <div className="text-sm text-slate-700" aria-live="polite" data-testid="as-of-note">
          <p className="font-medium">
            {days.compare
              ? t('dashboard.schedule.comparing', { from: days.compare, to: days.asOf })
              : t('dashboard.schedule.showingAsOf', { day: days.asOf })}
          </p>
          <p className="text-xs text-slate-500">{t('dashboard.schedule.presentOnly')}</p>
        </div>
      )}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="text-sm text-slate-700" aria-live="polite">
          <p className="font-medium">
            {applied.length ? t('dashboard.activeFilters', { filters: applied.join(' · ') }) : t('dashboard.noFilters')}
          </p>
          {(narrowed || city) && (
            <p className="mt-1 max-w-3xl text-xs text-slate-500">{t('dashboard.recordsFollowCity')}</p>
          )}
        </div>
        <div role="group" aria-label={t('dashboard.actions')} className="no-print flex shrink-0 flex-wrap gap-2">
          <a href={exportHref(filters, 'csv')} download className={button}>
            {t('dashboard.exportCsv')}
          </a>
          <a href={exportHref(filters, 'json')} download className={button}>
            {t('dashboard.exportJson')}
          </a>
          <PrintButton label={t('dashboard.print')} />
        </div>
      </div>
      <div className="grid gap-5 lg:grid-cols-2 print:block print:space-y-3">
        {CARDS.filter((card) => !(days.asOf && card.present)).map(({ key, Card, lines, wide }) => (
          <div key={key} className={wide ? 'lg:col-span-2' : 'min-w-0'}>
            <CardErrorBoundary message={t('dashboard.loadError')}>
              {lines === null ? (
                <Card {...view} />
              ) : (
                <Suspense fallback={<CardSkeleton label={t('common.loading')} lines={lines} />}>
                  <Card {...view} />
                </Suspense>
              )}
            </CardErrorBoundary>
          </div>
        ))}
      </div>
    </div>
  );
}
