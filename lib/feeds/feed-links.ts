import type { Metadata } from 'next';
import type { Locale } from '@/lib/i18n/locales';
import type { ProjectFilters } from '@/lib/project-filters';

// What a page's feeds follow: one project, or the city and category the page is filtered by
// (the feeds' own filters; the others would make a feed nobody can name).
export type FeedFollow = { project?: string; filters?: Pick<ProjectFilters, 'city' | 'category'> };

function followSearch(locale: Locale, follow: FeedFollow, withLang: boolean): string {
  const params = new URLSearchParams();
  if (follow.filters?.category) params.set('category', follow.filters.category);
  if (follow.filters?.city) params.set('city', follow.filters.city);
  if (follow.project) params.set('project', follow.project);
  if (withLang && locale !== 'zh') params.set('lang', locale);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function feedLinks(locale: Locale, follow: FeedFollow) {
  const search = followSearch(locale, follow, true);
  return {
    atom: `/feed.atom${search}`,
    json: `/feed.json${search}`,
    oc4ids: follow.project
      ? `/api/v1/oc4ids/${encodeURIComponent(follow.project)}`
      : `/api/v1/oc4ids${followSearch(locale, follow, false)}`,
  };
}

// The feeds announced in a page's head (<link rel="alternate">), for feed readers to find.
export function feedAlternates(locale: Locale, follow: FeedFollow, title: string): Metadata['alternates'] {
  const links = feedLinks(locale, follow);
  return {
    types: {
      'application/atom+xml': [{ url: links.atom, title }],
      'application/feed+json': [{ url: links.json, title }],
    },
  };
}
