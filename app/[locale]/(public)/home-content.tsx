import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { cachedRead } from '@/app/cached-read';
import type { ReadScope } from '@/db/core/read-scope';
import { countRecords, fetchIndicators } from '@/db/records/queries';
import { PUBLIC_DATA_TAG, RECORDS_TAG } from '@/lib/cache-tags';
import { localized } from '@/lib/i18n/localized';

const readHome = (scope: ReadScope) => ({ counts: countRecords(scope), indicators: fetchIndicators(scope) });
const cachedHome = cachedRead(['home'], [PUBLIC_DATA_TAG, RECORDS_TAG], () => readHome('public'));

// The home page's figures; the public's come from the data cache (and the page from the full-route
// cache, app/[locale]/(public)/cached-view), staff read theirs as they are.
export async function HomeContent({ scope }: { scope: ReadScope }) {
  const [t, locale, { counts, indicators }] = await Promise.all([
    getTranslations(),
    getLocale(),
    scope === 'public' ? cachedHome() : readHome(scope),
  ]);
  const tiles = [
    ['projects', counts.projects],
    ['agreements', counts.agreements],
    ['organizations', counts.organizations],
    ['events', counts.events],
    ['plans', counts.plans],
    ['indicators', counts.indicators],
  ] as const;
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-semibold">{t('app.title')}</h1>
        <p className="text-slate-600">{t('app.subtitle')}</p>
        <p className="max-w-3xl">{t('home.lead')}</p>
        <div className="flex flex-wrap gap-3 pt-2">
          <Link href="/dashboard" className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-900">
            {t('home.openDashboard')}
          </Link>
          <Link href="/map" className="rounded-md border border-brand-700 px-4 py-2 text-brand-700 hover:bg-brand-50">
            {t('home.openMap')}
          </Link>
          <Link
            href="/projects"
            className="rounded-md border border-brand-700 px-4 py-2 text-brand-700 hover:bg-brand-50"
          >
            {t('home.openList')}
          </Link>
        </div>
      </section>
      <section aria-label={t('home.projects')}>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {tiles.map(([key, value]) => (
            <li key={key} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-3xl font-semibold tabular-nums text-brand-900">{value}</p>
              <p className="text-sm text-slate-600">{t(`home.${key}`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="indicators" className="space-y-3">
        <h2 id="indicators" className="text-xl font-semibold">
          {t('home.indicatorsHeading')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {indicators.map((i) => (
            <li key={i.code} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-2xl font-semibold tabular-nums">
                {i.value} <span className="text-base font-normal">{localized(locale, i.unitZh, i.unitEn)}</span>
              </p>
              <p className="text-sm text-slate-700">{localized(locale, i.nameZh, i.nameEn)}</p>
              {i.asOf && <p className="text-xs text-slate-500">{i.asOf}</p>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
