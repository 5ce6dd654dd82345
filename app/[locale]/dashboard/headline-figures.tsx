import { getTranslations } from 'next-intl/server';
import { DashboardCard } from './dashboard-card';
import { getHeadlineFigures } from './dashboard-data';
import { projectListHref } from './dashboard-links';
import type { DashboardView } from './dashboard-view';

type FigureKey = 'done' | 'underway' | 'planned' | 'agreements' | 'organizations' | 'services';

export async function HeadlineFigures({ scope, filters, asOf }: DashboardView) {
  const t = await getTranslations('dashboard');
  const figures = await getHeadlineFigures(scope, filters, asOf);
  // Projects open the filtered list; agreements and organizations open the cards that list them.
  const tiles: { key: FigureKey; value: number; href: string }[] = [
    { key: 'done', value: figures.byGroup.done, href: projectListHref(filters, { status: 'done' }) },
    { key: 'underway', value: figures.byGroup.underway, href: projectListHref(filters, { status: 'underway' }) },
    { key: 'planned', value: figures.byGroup.planned, href: projectListHref(filters, { status: 'planned' }) },
    { key: 'agreements', value: figures.agreements, href: '#agreements' },
    { key: 'organizations', value: figures.organizations, href: '#timeline' },
    { key: 'services', value: figures.services, href: projectListHref(filters, { category: 'services' }) },
  ];
  return (
    <DashboardCard
      id="headline"
      title={t('headline.heading')}
      description={[
        t('headline.total', { count: figures.total }),
        figures.byGroup.cancelled ? t('headline.cancelled', { count: figures.byGroup.cancelled }) : '',
      ]
        .filter(Boolean)
        .join(' · ')}
    >
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6 print:grid-cols-6">
        {tiles.map((tile) => {
          const body = (
            <>
              <span
                className="block text-3xl font-semibold tabular-nums text-brand-900"
                data-testid={`figure-${tile.key}`}
              >
                {tile.value}
              </span>
              <span className="mt-1 block text-sm font-medium text-slate-800">{t(`headline.${tile.key}`)}</span>
              <span className="mt-0.5 block text-xs text-slate-500">{t(`headline.${tile.key}Hint`)}</span>
            </>
          );
          const box = 'block h-full rounded-lg border border-slate-200 p-3 print:p-2';
          return (
            <li key={tile.key}>
              {/* A zero opens nothing: there is no list behind it. */}
              {tile.value > 0 ? (
                <a href={tile.href} className={`${box} transition hover:border-brand-600 hover:bg-brand-50`}>
                  {body}
                </a>
              ) : (
                <div className={`${box} bg-slate-50`}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </DashboardCard>
  );
}
