import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CitySelect } from '@/components/city-select';
import { CATEGORIES, HEALTHS, STAGES } from '@/lib/enums';
import type { City } from '@/db/core/schema';
import type { ProjectFilters } from '@/lib/project-filters';
import { MAX_QUERY_LENGTH } from '@/lib/search/search-query';

// A GET form: the filters become the URL, so a filtered view is a link, and it works without JS.
export async function ProjectFilterForm({
  action,
  filters,
  cities,
  search = false,
}: {
  action: string;
  filters: ProjectFilters;
  cities: City[];
  // The list takes search words; the dashboard, cached per filter, does not.
  search?: boolean;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const select = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
  const options = [
    { name: 'category', values: CATEGORIES, label: (v: string) => t(`category.${v}` as 'category.rail') },
    { name: 'stage', values: STAGES, label: (v: string) => t(`stage.${v}` as 'stage.completion') },
    { name: 'health', values: HEALTHS, label: (v: string) => t(`health.${v}` as 'health.on_track') },
  ] as const;
  return (
    <form
      action={action}
      method="get"
      aria-label={t('projects.filtersLabel')}
      className={`no-print grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 ${search ? 'sm:grid-cols-6' : 'sm:grid-cols-5'}`}
    >
      {search && (
        <label className="col-span-2 text-sm font-medium text-slate-700 sm:col-span-1">
          {t('search.field')}
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ''}
            maxLength={MAX_QUERY_LENGTH}
            className={select}
          />
        </label>
      )}
      {options.map((o) => (
        <label key={o.name} className="text-sm font-medium text-slate-700">
          {t(`projects.${o.name}`)}
          <select name={o.name} defaultValue={filters[o.name] ?? ''} className={select}>
            <option value="">{t('common.all')}</option>
            {o.values.map((v) => (
              <option key={v} value={v}>
                {o.label(v)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <CitySelect
        label={t('projects.city')}
        allLabel={t('common.all')}
        value={filters.city}
        cities={cities}
        locale={locale}
        className={select}
      />
      <div className="col-span-2 flex items-end gap-2 sm:col-span-1">
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-900"
        >
          {t('projects.apply')}
        </button>
        <Link href={action} className="px-2 py-1.5 text-sm text-brand-700 underline">
          {t('projects.clear')}
        </Link>
      </div>
    </form>
  );
}
