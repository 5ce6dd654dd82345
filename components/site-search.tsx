import { getTranslations } from 'next-intl/server';
import { SearchShortcut } from './search-shortcut';
import { MAX_QUERY_LENGTH } from '@/lib/search/search-query';

export const SITE_SEARCH_ID = 'site-search';

// The header's search box: a GET form, so it works without JavaScript and a search is a link.
export async function SiteSearch() {
  const t = await getTranslations('search');
  return (
    <form
      role="search"
      aria-label={t('label')}
      action="/search"
      method="get"
      className="order-2 flex w-full gap-1 sm:order-none sm:w-auto"
    >
      <label htmlFor={SITE_SEARCH_ID} className="sr-only">
        {t('field')}
      </label>
      <input
        id={SITE_SEARCH_ID}
        name="q"
        type="search"
        required
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('placeholder')}
        aria-keyshortcuts="/"
        className="min-w-0 flex-1 rounded-md border border-white/40 bg-white px-2 py-1.5 text-sm text-slate-900 placeholder:text-slate-600 sm:w-56"
      />
      <button
        type="submit"
        className="rounded-md border border-white/40 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10"
      >
        {t('submit')}
      </button>
      <SearchShortcut target={SITE_SEARCH_ID} />
    </form>
  );
}
