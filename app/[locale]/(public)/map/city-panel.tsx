import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { City } from '@/db/core/schema';
import { localized } from '@/lib/i18n/localized';
import { mapHref, type MapState } from './map-url';

type Agreement = { code: string; nameZh: string; nameEn: string; signedOn: string | null };

// The chosen city: how many of its projects are on the map, and the agreements it signed.
export async function CityPanel({
  city,
  agreements,
  projectCount,
  state,
}: {
  city: City;
  agreements: Agreement[];
  projectCount: number;
  state: MapState;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const cityName = localized(locale, city.nameZh, city.nameEn);
  return (
    <section
      aria-labelledby="city-panel-heading"
      data-testid="city-panel"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 id="city-panel-heading" className="text-lg font-semibold">
          {cityName}
        </h2>
        <Link
          href={mapHref(state, { city: undefined, project: undefined })}
          scroll={false}
          className="shrink-0 text-sm text-brand-700 underline"
        >
          {t('map.city.close')}
        </Link>
      </div>
      <p className="text-sm text-slate-700">{t('map.city.projects', { count: projectCount })}</p>
      <div className="space-y-1.5">
        <h3 className="text-sm font-semibold text-slate-800">{t('map.city.agreements', { city: cityName })}</h3>
        {agreements.length === 0 ? (
          <p className="text-sm text-slate-600">{t('map.city.noAgreements')}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="city-agreements">
            {agreements.map((a) => (
              <li key={a.code}>
                {localized(locale, a.nameZh, a.nameEn)}
                {a.signedOn && <span className="text-slate-500"> · {a.signedOn}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <Link href={`/projects?city=${city.code}`} className="inline-block text-sm text-brand-700 underline">
        {t('map.city.allProjects', { city: cityName })}
      </Link>
    </section>
  );
}
