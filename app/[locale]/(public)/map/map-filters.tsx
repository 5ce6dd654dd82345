import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CATEGORIES, STAGE_GROUPS } from '@/lib/enums';
import type { City } from '@/db/core/schema';
import { localized } from '@/lib/i18n/localized';
import { GlyphIcon } from './map-glyph';
import { mapHref, type MapState } from './map-url';

type Chip = { key: string; href: string; label: ReactNode; current: boolean };

function ChipRow({ id, label, chips }: { id: string; label: string; chips: Chip[] }) {
  return (
    <div className="flex items-center gap-2">
      <span id={id} className="w-14 shrink-0 text-sm font-medium text-slate-600">
        {label}
      </span>
      <ul aria-labelledby={id} className="-my-1 flex gap-1.5 overflow-x-auto py-1 sm:flex-wrap">
        {chips.map((c) => (
          <li key={c.key} className="shrink-0">
            <Link
              href={c.href}
              scroll={false}
              aria-current={c.current ? 'true' : undefined}
              className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-3 py-1.5 text-sm ring-1 ring-inset transition-colors ${
                c.current
                  ? 'bg-brand-700 text-white ring-brand-700'
                  : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50'
              }`}
            >
              {c.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

// Filters as links, so each filtered view is a URL and works without JavaScript. A new filter
// clears the selected project, which may not be among the projects left.
export async function MapFilterBar({ state, cities }: { state: MapState; cities: City[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const cityChips: Chip[] = [
    {
      key: 'all',
      href: mapHref(state, { city: undefined, project: undefined }),
      label: t('map.filters.allCities'),
      current: !state.city,
    },
    ...cities.map((c) => ({
      key: c.code,
      href: mapHref(state, { city: c.code, project: undefined }),
      label: localized(locale, c.nameZh, c.nameEn),
      current: state.city === c.code,
    })),
  ];
  const categoryChips: Chip[] = [
    {
      key: 'all',
      href: mapHref(state, { category: undefined, project: undefined }),
      label: t('map.filters.all'),
      current: !state.category,
    },
    ...CATEGORIES.map((c) => ({
      key: c,
      href: mapHref(state, { category: c, project: undefined }),
      current: state.category === c,
      label: (
        <>
          <GlyphIcon category={c} stage="implementation" size={16} />
          {t(`category.${c}`)}
        </>
      ),
    })),
  ];
  const stageChips: Chip[] = [
    {
      key: 'all',
      href: mapHref(state, { status: undefined, stage: undefined, project: undefined }),
      label: t('map.filters.all'),
      current: !state.status && !state.stage,
    },
    ...STAGE_GROUPS.map((g) => ({
      key: g,
      href: mapHref(state, { status: g, stage: undefined, project: undefined }),
      label: t(`map.stageGroup.${g}`),
      current: state.status === g && !state.stage,
    })),
  ];
  return (
    <nav
      aria-label={t('map.filters.label')}
      className="space-y-2 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
    >
      <ChipRow id="filter-city" label={t('map.filters.city')} chips={cityChips} />
      <ChipRow id="filter-category" label={t('map.filters.category')} chips={categoryChips} />
      <ChipRow id="filter-stage" label={t('map.filters.stage')} chips={stageChips} />
      {state.stage && (
        <p className="pl-16 text-sm">
          <Link
            href={mapHref(state, { stage: undefined, project: undefined })}
            scroll={false}
            className="text-brand-700 underline"
          >
            {t('map.filters.removeStage', { stage: t(`stage.${state.stage}`) })}
          </Link>
        </p>
      )}
    </nav>
  );
}
