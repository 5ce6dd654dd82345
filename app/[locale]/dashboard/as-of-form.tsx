import { getTranslations } from 'next-intl/server';
import { filtersToQuery, type ProjectFilters } from '@/lib/project-filters';
import type { AsOfQuery } from '@/lib/schedule/as-of-query';

// A GET form, like the filters: the day and the comparison day become the URL, and the filters
// ride along as hidden fields so choosing a day keeps them.
export async function AsOfForm({ filters, days }: { filters: ProjectFilters; days: AsOfQuery }) {
  const t = await getTranslations('dashboard.schedule');
  const input = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
  return (
    <form action="/dashboard" method="get" className="no-print rounded-lg border border-slate-200 bg-white p-3">
      <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end">
        <legend className="mb-2 text-sm font-semibold text-slate-800">{t('asOfLegend')}</legend>
        {Object.entries(filters).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="text-sm font-medium text-slate-700">
          {t('asOf')}
          <input type="date" name="asOf" defaultValue={days.asOf} className={input} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t('compare')}
          <input type="date" name="compare" defaultValue={days.compare} className={input} />
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
          {t('show')}
        </button>
        {days.asOf && (
          <a href={`/dashboard${filtersToQuery(filters)}`} className="py-1.5 text-sm text-brand-700 underline">
            {t('backToToday')}
          </a>
        )}
      </fieldset>
    </form>
  );
}
