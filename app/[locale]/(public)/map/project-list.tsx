import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CATEGORIES } from '@/lib/enums';
import type { City } from '@/db/core/schema';
import { localized } from '@/lib/i18n/localized';
import { filtersToQuery } from '@/lib/project-filters';
import { joinNames } from './join-names';
import { ProjectListLink } from './list-link';
import type { MapListItem } from './map-data';
import { GlyphIcon } from './map-glyph';
import { mapFilters, mapHref, type MapState } from './map-url';

// When the map shows counts, the list shows one page of the projects at a time.
export type ListPage = { total: number; nextHref: string | null; firstHref: string | null };
type Props = {
  projects: MapListItem[];
  located: number;
  unlocated: number;
  cities: City[];
  state: MapState;
  page?: ListPage;
};

// The same projects as the map, as a list: the way through for keyboards, screen readers and
// anyone who would rather read than look.
export async function ProjectList({ projects, located, unlocated, cities, state, page }: Props) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const cityName = new Map(cities.map((c) => [c.code, localized(locale, c.nameZh, c.nameEn)]));
  const groups = CATEGORIES.map((category) => ({
    category,
    items: projects.filter((p) => p.category === category),
  })).filter((g) => g.items.length > 0);
  const filtered = Object.keys(mapFilters(state)).length > 0;

  return (
    <section
      id="map-list"
      aria-labelledby="map-list-heading"
      tabIndex={-1}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="map-list-heading" className="text-lg font-semibold">
          {t('map.list.heading')}
        </h2>
        <p className="text-sm text-slate-600" aria-live="polite">
          {page
            ? t('map.list.pageCount', { shown: projects.length, total: page.total })
            : t('map.list.count', { count: projects.length })}
        </p>
      </div>
      {!page && located > projects.length && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('map.list.truncated', { shown: projects.length, total: located })}
        </p>
      )}
      {projects.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          <p>{t('map.list.empty')}</p>
          {filtered && (
            <Link href={mapHref({})} scroll={false} className="mt-2 inline-block text-brand-700 underline">
              {t('map.list.clear')}
            </Link>
          )}
        </div>
      ) : (
        groups.map((g) => (
          <div key={g.category}>
            <h3 className="mb-1 flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">
              <GlyphIcon category={g.category} stage="implementation" size={14} />
              {t(`category.${g.category}`)}
            </h3>
            <ul className="space-y-0.5" data-testid="map-list">
              {g.items.map((p) => (
                <li key={p.code} data-testid="map-list-item" data-code={p.code}>
                  <ProjectListLink href={mapHref(state, { project: p.code })} current={p.code === state.project}>
                    <span className="mt-0.5">
                      <GlyphIcon category={p.category} stage={p.stage} />
                    </span>
                    <span className="min-w-0">
                      <span className="block text-sm font-medium text-slate-900">
                        {localized(locale, p.nameZh, p.nameEn)}
                      </span>
                      {/* slate-600: slate-500 falls under 4.5:1 on the selected row's highlight. */}
                      <span className="block text-xs text-slate-600">
                        {t(`stage.${p.stage}`)} ·{' '}
                        {joinNames(
                          locale,
                          p.cityCodes.map((c) => cityName.get(c) ?? c),
                        )}
                      </span>
                    </span>
                  </ProjectListLink>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {page && (page.nextHref || page.firstHref) && (
        <nav
          aria-label={t('map.list.pages')}
          className="flex flex-wrap gap-x-4 gap-y-1 border-t border-slate-100 pt-3 text-sm"
        >
          {page.firstHref && (
            <Link href={page.firstHref} scroll={false} className="text-brand-700 underline">
              {t('map.list.first')}
            </Link>
          )}
          {page.nextHref && (
            <Link href={page.nextHref} scroll={false} rel="next" className="text-brand-700 underline">
              {t('map.list.next')}
            </Link>
          )}
        </nav>
      )}
      {unlocated > 0 && (
        <p className="border-t border-slate-100 pt-3 text-sm text-slate-600">
          {t('map.list.unlocated', { count: unlocated })}{' '}
          <Link href={`/projects${filtersToQuery(mapFilters(state))}`} className="text-brand-700 underline">
            {t('map.list.unlocatedLink')}
          </Link>
        </p>
      )}
    </section>
  );
}
