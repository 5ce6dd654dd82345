import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { feedMetadata } from '@/app/feed-metadata';
import { FeedLinks } from '@/components/feed-links';
import { ProgressMeter } from '@/components/progress-meter';
import { ProjectFilterForm } from '@/components/project-filter-form';
import { StageBadge } from '@/components/stage-badge';
import { fetchCities } from '@/db/places/queries';
import { cachedRead } from '@/app/cached-read';
import type { ReadScope } from '@/db/core/read-scope';
import { countProjects, fetchProjects } from '@/db/projects/queries';
import { COUNT_LIMIT } from '@/db/search/queries';
import { fetchProjectsBySlippage, parseSlipCursor } from '@/db/projects/slippage-list';
import { PUBLIC_DATA_TAG } from '@/lib/cache-tags';
import { localized } from '@/lib/i18n/localized';
import { filtersToQuery, parseListParams, type ProjectFilters } from '@/lib/project-filters';

export async function projectListMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('projects'))('title'), ...(await feedMetadata()) };
}

const PAGE_SIZE = 50;

// `after` is an id, or with sort=slippage a (slippage, id) cursor.
function readList(scope: ReadScope, filters: ProjectFilters, bySlippage: boolean, after: string | undefined) {
  const page = bySlippage
    ? fetchProjectsBySlippage(scope, filters, { limit: PAGE_SIZE, after: parseSlipCursor(after) })
    : fetchProjects(scope, filters, { limit: PAGE_SIZE, after: Number(after) > 0 ? Number(after) : undefined });
  return {
    ...page,
    nextCursor: page.nextCursor === null ? null : String(page.nextCursor),
    // A search counts as far as /search does: "more than 1,000" says enough, and costs a tenth.
    total: countProjects(scope, filters, filters.q ? COUNT_LIMIT : undefined),
  };
}
const cachedList = cachedRead(
  ['project-list'],
  [PUBLIC_DATA_TAG],
  (filters: ProjectFilters, bySlippage: boolean, after?: string) => readList('public', filters, bySlippage, after),
);

type Query = Record<string, string | string[] | undefined>;

// A page of the project list; the public's from the data cache, and its first pages from the
// full-route cache (projects/cached-view), staff's as they are.
export async function ProjectListContent({ scope, params }: { scope: ReadScope; params: Query }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const cities = fetchCities();
  const parsed = parseListParams(
    params,
    cities.map((c) => c.code),
  );
  const filters = parsed.filters ?? {};
  const after = typeof params.after === 'string' ? params.after : undefined;
  const bySlippage = params.sort === 'slippage';
  const sort = bySlippage ? { sort: 'slippage' } : {};
  // A search is read per request: its words are unbounded, and a cache keyed by them would be too.
  const { projects, nextCursor, total } = await (scope === 'public' && !filters.q
    ? cachedList(filters, bySlippage, after)
    : readList(scope, filters, bySlippage, after));
  const cityName = new Map(cities.map((c) => [c.code, localized(locale, c.nameZh, c.nameEn)]));

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('projects.title')}</h1>
      <FeedLinks follow={{ filters: { city: filters.city, category: filters.category } }} />
      {parsed.error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t('errors.badFilter', { param: parsed.error.param, value: parsed.error.value })}
        </p>
      )}
      <ProjectFilterForm action="/projects" filters={filters} cities={cities} search />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-slate-600" aria-live="polite">
          {t(total.capped ? 'projects.countCapped' : 'projects.count', { count: total.count })}
        </p>
        <nav aria-label={t('projects.sortLabel')} className="flex gap-3 text-sm">
          {(['code', 'slippage'] as const).map((key) => {
            const current = (key === 'slippage') === bySlippage;
            const query = filtersToQuery({ ...filters, ...(key === 'slippage' ? { sort: 'slippage' } : {}) });
            return (
              <Link
                key={key}
                href={`/projects${query}`}
                aria-current={current ? 'page' : undefined}
                className={current ? 'font-semibold text-slate-900' : 'text-brand-700 underline'}
              >
                {t(`projects.sort.${key}`)}
              </Link>
            );
          })}
        </nav>
      </div>
      {bySlippage && <p className="text-xs text-slate-500">{t('projects.sortSlippageHint')}</p>}
      {projects.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {t('projects.empty')}
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {projects.map((p) => (
            <li key={p.code} className="project-row">
              <div>
                <Link href={`/projects/${p.code}`}>{localized(locale, p.nameZh, p.nameEn)}</Link>
                <p>
                  {t(`category.${p.category}`)} · {p.cityCodes.map((c) => cityName.get(c)).join('、')}
                </p>
              </div>
              {p.slippageDays !== null && (
                <span className="slippage" data-late={p.late || undefined} data-testid="slippage">
                  {t(p.late ? 'projects.slippageLate' : 'projects.slippage', { days: p.slippageDays })}
                </span>
              )}
              <StageBadge stage={p.stage} />
              <ProgressMeter
                value={p.progress}
                label={t('projects.progress')}
                unknownLabel={t('projects.progressUnknown')}
              />
            </li>
          ))}
        </ul>
      )}
      {nextCursor && (
        <nav aria-label={t('projects.paging')} className="flex justify-end">
          <Link
            className="text-sm text-brand-700 underline"
            href={`/projects${filtersToQuery({ ...filters, ...sort, after: nextCursor })}`}
          >
            {t('projects.nextPage')}
          </Link>
        </nav>
      )}
    </div>
  );
}
