import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CitySelect } from '@/components/city-select';
import { StageBadge } from '@/components/stage-badge';
import { STAGES } from '@/lib/enums';
import { fetchCities } from '@/db/places/queries';
import { fetchProjects } from '@/db/projects/queries';
import { requireUser } from '@/db/accounts/current-user';
import { can } from '@/lib/auth/permissions';
import { localized } from '@/lib/i18n/localized';
import { parseProjectFilters, parseSearchParam } from '@/lib/project-filters';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editing.project'))('listTitle') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StaffProjectsPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, user, t, locale] = await Promise.all([searchParams, requireUser(), getTranslations(), getLocale()]);
  const cities = fetchCities();
  const parsed = parseProjectFilters(
    { stage: params.stage, city: params.city },
    cities.map((c) => c.code),
  );
  // The same search as everywhere (lib/search), drafts included: staff read internally.
  const { q } = parseSearchParam(params);
  const filters = { ...parsed.filters, q };
  const readOnly = !can(user, 'update_project', { cityCodes: user.cityCodes });
  // Editors see the projects they may change; viewers see everything, read-only.
  const projects = fetchProjects('internal', filters).projects.filter(
    (p) => readOnly || can(user, 'update_project', { cityCodes: p.cityCodes }),
  );
  const select = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">{t('editing.project.listTitle')}</h1>
        {!readOnly && (
          <Link
            href="/staff/projects/new"
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900"
          >
            {t('editing.project.new')}
          </Link>
        )}
        <Link href="/staff/records" className="text-sm text-brand-700 underline">
          {t('editing.records.title')}
        </Link>
      </div>
      {readOnly && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm">{t('editing.project.viewerNotice')}</p>}
      <form
        method="get"
        aria-label={t('editing.project.filters')}
        className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4"
      >
        <label className="col-span-2 text-sm font-medium text-slate-700 sm:col-span-1">
          {t('editing.project.search')}
          <input type="search" name="q" defaultValue={q ?? ''} className={select} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t('projects.stage')}
          <select name="stage" defaultValue={filters.stage ?? ''} className={select}>
            <option value="">{t('common.all')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <CitySelect
          label={t('projects.city')}
          allLabel={t('common.all')}
          value={filters.city}
          cities={cities}
          locale={locale}
          className={select}
        />
        <div className="col-span-2 flex items-end gap-2 sm:col-span-1">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white">
            {t('projects.apply')}
          </button>
          <Link href="/staff/projects" className="px-2 py-1.5 text-sm text-brand-700 underline">
            {t('projects.clear')}
          </Link>
        </div>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {t('projects.count', { count: projects.length })}
      </p>
      {projects.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm">{t('editing.project.empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {projects.map((p) => (
            <li key={p.code} className="flex flex-wrap items-center gap-2 px-3 py-2">
              <Link href={`/staff/projects/${p.code}`} className="flex-1 font-medium text-brand-700 hover:underline">
                {localized(locale, p.nameZh, p.nameEn)}
              </Link>
              <StageBadge stage={p.stage} />
              <span className="text-sm text-slate-600">
                {p.progress === null ? t('projects.progressUnknown') : `${p.progress}%`}
              </span>
              {p.publication === 'draft' && (
                <span className="rounded bg-amber-100 px-2 text-sm text-amber-900">{t('common.draft')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
