import { getTranslations } from 'next-intl/server';
import type { ReadScope } from '@/db/core/read-scope';
import { searchRecords } from '@/db/search/queries';
import type { SearchHit } from '@/db/search/results';
import { parseSearchParam } from '@/lib/project-filters';
import { MAX_QUERY_LENGTH } from '@/lib/search/search-query';
import { SearchResults } from './search-results';

type Query = Record<string, string | string[] | undefined>;

export async function searchPageTitle(params: Query, title: 'title' | 'staffTitle'): Promise<string> {
  const t = await getTranslations('search');
  const { q } = parseSearchParam(params);
  return q ? t('titleFor', { q }) : t(title);
}

// The search page, public (/search) or staff's (/staff/search, drafts included and marked).
export async function SearchPage({
  scope,
  params,
  action,
  href,
}: {
  scope: ReadScope;
  params: Query;
  action: string;
  href: (hit: SearchHit) => string | null;
}) {
  const t = await getTranslations('search');
  const { q, error } = parseSearchParam(params);
  const groups = q ? searchRecords(scope, q) : [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {q ? t('titleFor', { q }) : t(scope === 'public' ? 'title' : 'staffTitle')}
      </h1>
      <form role="search" aria-label={t('refine')} action={action} method="get" className="flex max-w-xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          {t('field')}
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q ?? (typeof params.q === 'string' ? params.q : '')}
          maxLength={MAX_QUERY_LENGTH}
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 py-1.5"
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white">
          {t('submit')}
        </button>
      </form>
      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t('tooLong', { max: MAX_QUERY_LENGTH })}
        </p>
      )}
      {q ? (
        <SearchResults
          groups={groups}
          query={q}
          href={href}
          allProjectsHref={`${scope === 'public' ? '/projects' : '/staff/projects'}?q=${encodeURIComponent(q)}`}
        />
      ) : (
        !error && <p className="text-slate-700">{t('prompt')}</p>
      )}
    </div>
  );
}
