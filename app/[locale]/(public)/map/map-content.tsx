import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { cellBounds, parseCell } from '@/lib/geo/map-grid';
import { projectBounds, provinceSvg } from '@/lib/geo/province-svg';
import { feedMetadata } from '@/app/feed-metadata';
import { FeedLinks } from '@/components/feed-links';
import { localized } from '@/lib/i18n/localized';
import { BoundaryNotice } from './boundary-notice';
import { CityPanel } from './city-panel';
import { ClusterSummary, ZoomedCellNotice } from './cluster-summary';
import { MapCanvas } from './map-canvas';
import { clusterBadges, clusterNames, MapClusters } from './map-clusters';
import {
  getCityAgreements,
  getMapCities,
  getMapListPage,
  getMapProjectDetail,
  getMapView,
  type MapProject,
} from './map-data';
import { MapFilterBar } from './map-filters';
import { MapLayers } from './map-layers';
import { MapLegend } from './map-legend';
import { mapFilters, mapHref, parseMapState } from './map-url';
import { ProjectList } from './project-list';
import { ProjectPanel } from './project-panel';

export async function mapMetadata(): Promise<Metadata> {
  const t = await getTranslations('map');
  return { title: t('title'), description: t('lead'), ...(await feedMetadata()) };
}

export type MapQuery = Record<string, string | string[] | undefined>;

// The public map for a query. It always reads in the public scope, even for signed-in staff:
// this is what the public sees, and staff should see exactly that here. Rendered per request
// (page.tsx) or once per view into the full-route cache (cached-view/[view]/page.tsx).
export async function MapContent({ query }: { query: MapQuery }) {
  const [t, locale, cities] = await Promise.all([getTranslations(), getLocale(), getMapCities()]);
  const { state, errors } = parseMapState(
    query,
    cities.map((c) => c.code),
  );
  const filters = mapFilters(state);
  const [view, detail, cityAgreements] = await Promise.all([
    getMapView(filters, state.cell),
    state.project ? getMapProjectDetail(state.project) : null,
    state.city ? getCityAgreements(state.city) : null,
  ]);
  const svg = provinceSvg();
  const city = cities.find((c) => c.code === state.city);
  const cityOutline = svg.cities.find((c) => c.adcode === state.city);
  const cityName = city ? localized(locale, city.nameZh, city.nameEn) : null;
  const cell = state.cell ? parseCell(state.cell) : null;
  const focus = (cell && projectBounds(cellBounds(cell))) ?? cityOutline?.box ?? svg.circle;

  // Too many projects to draw: the map shows counts, and only the selected project's symbol;
  // the list beside it shows a page at a time.
  const counting = view.mode !== 'projects';
  const listPage = counting ? await getMapListPage(filters, state.cell, state.after) : null;
  const badges = counting ? clusterBadges(view, svg, state, await clusterNames(cities)) : null;
  const drawn: MapProject[] = !counting
    ? view.projects
    : detail?.shape
      ? [
          {
            code: detail.code,
            nameZh: detail.nameZh,
            nameEn: detail.nameEn,
            category: detail.category,
            stage: detail.stage,
            progress: detail.progress,
            cityCodes: detail.cities.map((c) => c.code),
            shape: detail.shape,
          },
        ]
      : [];
  const selected = drawn.find((p) => p.code === state.project);

  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('map.title')}</h1>
        <p className="max-w-3xl text-slate-600">{t('map.lead')}</p>
        <FeedLinks follow={{ filters: { city: filters.city, category: filters.category } }} />
      </header>
      {(errors.length > 0 || (state.project && !detail)) && (
        <div
          role="alert"
          className="space-y-1 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {errors.map((e) => (
            <p key={e.param}>{t('map.errors.badParam', { param: e.param, value: e.value })}</p>
          ))}
          {state.project && !detail && <p>{t('map.errors.projectMissing', { code: state.project })}</p>}
        </div>
      )}
      <MapFilterBar state={state} cities={cities} />
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_23rem]">
        <section aria-label={t('map.mapLabel')} className="space-y-3 lg:sticky lg:top-3">
          <a
            href="#map-list"
            className="sr-only focus:not-sr-only focus:inline-block focus:rounded focus:bg-white focus:px-3 focus:py-1.5 focus:text-sm"
          >
            {t('map.skipToList')}
          </a>
          <MapCanvas
            province={svg.province}
            focus={focus}
            focusKey={state.cell ?? state.city ?? 'circle'}
            selectedAt={selected?.shape.at ?? null}
            labels={{
              map: t('map.mapLabel'),
              hint: t('map.mapHint'),
              busy: t('map.busy'),
              controls: t('map.controls.label'),
              zoomIn: t('map.controls.zoomIn'),
              zoomOut: t('map.controls.zoomOut'),
              province: t('map.controls.province'),
              reset: cityName ? t('map.controls.resetCity', { city: cityName }) : t('map.controls.resetCircle'),
            }}
          >
            <MapLayers svg={svg} projects={drawn} state={state} counts={badges && <MapClusters badges={badges} />} />
          </MapCanvas>
          <BoundaryNotice />
          <MapLegend />
        </section>
        <div className="space-y-4">
          {detail && <ProjectPanel detail={detail} state={state} />}
          {city && cityAgreements && (
            <CityPanel
              city={city}
              agreements={cityAgreements}
              projectCount={counting ? view.located : drawn.length}
              state={state}
            />
          )}
          {badges ? (
            <ClusterSummary badges={badges} byCity={view.mode === 'cities'} located={view.located} state={state} />
          ) : (
            <ZoomedCellNotice state={state} located={view.located} shown={drawn.length} />
          )}
          {listPage ? (
            <ProjectList
              projects={listPage.projects}
              located={view.located}
              unlocated={view.unlocated}
              cities={cities}
              state={state}
              page={{
                total: view.located,
                nextHref: listPage.nextAfter && mapHref(state, { after: listPage.nextAfter }),
                firstHref: state.after ? mapHref(state, { after: undefined }) : null,
              }}
            />
          ) : (
            <ProjectList
              projects={drawn}
              located={view.located}
              unlocated={view.unlocated}
              cities={cities}
              state={state}
            />
          )}
          {/* Room to scroll the list's end out from under the bottom sheet on a phone. */}
          {detail && <div aria-hidden="true" className="h-[50vh] lg:hidden" />}
        </div>
      </div>
    </div>
  );
}
