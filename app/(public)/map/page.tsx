import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { provinceSvg } from '@/lib/geo/province-svg';
import { localized } from '@/lib/i18n/localized';
import { BoundaryNotice } from './boundary-notice';
import { CityPanel } from './city-panel';
import { MapCanvas } from './map-canvas';
import { getCityAgreements, getMapCities, getMapProjectDetail, getMapProjects } from './map-data';
import { MapFilterBar } from './map-filters';
import { MapLayers } from './map-layers';
import { MapLegend } from './map-legend';
import { mapFilters, parseMapState } from './map-url';
import { ProjectList } from './project-list';
import { ProjectPanel } from './project-panel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('map');
  return { title: t('title'), description: t('lead') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The public map. It always reads in the public scope, even for signed-in staff: this is what
// the public sees, and staff should see exactly that here.
export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  // Rendered per request: without this the build would try to prerender it and fill the data
  // cache from whatever database the build machine has.
  await connection();
  const [params, t, locale, cities] = await Promise.all([searchParams, getTranslations(), getLocale(), getMapCities()]);
  const { state, errors } = parseMapState(params, cities.map((c) => c.code));
  const [data, detail, cityAgreements] = await Promise.all([
    getMapProjects(mapFilters(state)),
    state.project ? getMapProjectDetail(state.project) : null,
    state.city ? getCityAgreements(state.city) : null,
  ]);
  const svg = provinceSvg();
  const city = cities.find((c) => c.code === state.city);
  const cityOutline = svg.cities.find((c) => c.adcode === state.city);
  const selected = data.projects.find((p) => p.code === state.project);
  const cityName = city ? localized(locale, city.nameZh, city.nameEn) : null;

  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('map.title')}</h1>
        <p className="max-w-3xl text-slate-600">{t('map.lead')}</p>
      </header>
      {(errors.length > 0 || (state.project && !detail)) && (
        <div role="alert" className="space-y-1 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.map((e) => <p key={e.param}>{t('map.errors.badParam', { param: e.param, value: e.value })}</p>)}
          {state.project && !detail && <p>{t('map.errors.projectMissing', { code: state.project })}</p>}
        </div>
      )}
      <MapFilterBar state={state} cities={cities} />
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_23rem]">
        <section aria-label={t('map.mapLabel')} className="space-y-3 lg:sticky lg:top-3">
          <a href="#map-list" className="sr-only focus:not-sr-only focus:inline-block focus:rounded focus:bg-white focus:px-3 focus:py-1.5 focus:text-sm">
            {t('map.skipToList')}
          </a>
          <MapCanvas province={svg.province} focus={cityOutline?.box ?? svg.circle} focusKey={state.city ?? 'circle'}
            selectedAt={selected?.shape.at ?? null}
            labels={{
              map: t('map.mapLabel'), hint: t('map.mapHint'), busy: t('map.busy'), controls: t('map.controls.label'),
              zoomIn: t('map.controls.zoomIn'), zoomOut: t('map.controls.zoomOut'), province: t('map.controls.province'),
              reset: cityName ? t('map.controls.resetCity', { city: cityName }) : t('map.controls.resetCircle'),
            }}>
            <MapLayers svg={svg} projects={data.projects} state={state} />
          </MapCanvas>
          <BoundaryNotice />
          <MapLegend />
        </section>
        <div className="space-y-4">
          {detail && <ProjectPanel detail={detail} state={state} />}
          {city && cityAgreements && <CityPanel city={city} agreements={cityAgreements} projectCount={data.projects.length} state={state} />}
          <ProjectList projects={data.projects} located={data.located} unlocated={data.unlocated} cities={cities} state={state} />
          {/* Room to scroll the list's end out from under the bottom sheet on a phone. */}
          {detail && <div aria-hidden="true" className="h-[50vh] lg:hidden" />}
        </div>
      </div>
    </div>
  );
}
