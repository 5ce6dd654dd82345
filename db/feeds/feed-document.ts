import 'server-only';
import { createHash } from 'node:crypto';
import { createTranslator } from 'next-intl';
import { untilDataChanges } from '@/db/core/until-data-changes';
import { fetchCities } from '@/db/places/queries';
import { renderAtom } from '@/lib/feeds/atom-feed';
import { feedSearch, type FeedQuery } from '@/lib/feeds/feed-query';
import { FEED_PAGE_SIZE, feedTag, tagAuthority } from '@/lib/feeds/feed-settings';
import { toFeedEntry, type FeedModel } from '@/lib/feeds/feed-model';
import { renderJsonFeed } from '@/lib/feeds/json-feed';
import type { ChangeTranslator } from '@/lib/i18n/change-text';
import { localized } from '@/lib/i18n/localized';
import { loadMessages } from '@/lib/i18n/messages';
import { PUBLISHER, SOURCE_REPORT } from '@/lib/oc4ids/package';
import { filtersToQuery } from '@/lib/project-filters';
import { fetchChangePage } from './change-page';

export type FeedFormat = 'atom' | 'json';
export type FeedDocument = { body: string; etag: string; lastModified: string | null };

function translator(query: FeedQuery): ChangeTranslator {
  return createTranslator({ locale: query.lang, messages: loadMessages(query.lang) }) as unknown as ChangeTranslator;
}

// The feed's title names what it follows, in its language.
function feedTitle(t: ChangeTranslator, query: FeedQuery, projectName: string | undefined): string {
  const parts: string[] = [];
  if (projectName) parts.push(projectName);
  if (query.filters.city) {
    const city = fetchCities().find((c) => c.code === query.filters.city);
    if (city) parts.push(localized(query.lang, city.nameZh, city.nameEn));
  }
  if (query.filters.category) parts.push(t(`category.${query.filters.category}`));
  const title = t('openData.feed.title');
  return parts.length ? t('openData.feed.titleFiltered', { title, filter: parts.join(' · ') }) : title;
}

function buildModel(query: FeedQuery, baseUrl: string): FeedModel | null {
  const page = fetchChangePage(query, FEED_PAGE_SIZE);
  if (!page) return null;
  const t = translator(query);
  const authority = tagAuthority();
  const entries = page.entries.map((c) => toFeedEntry(c, { t, locale: query.lang, baseUrl, authority }));
  const search = feedSearch({ ...query, before: undefined });
  const here = feedSearch(query, query.before);
  const next = page.next === null ? null : feedSearch(query, page.next);
  return {
    id: feedTag(authority, `changes${search}`),
    title: feedTitle(t, query, query.project ? (entries[0]?.projectName ?? query.project) : undefined),
    description: t('openData.feed.description'),
    language: query.lang,
    // An empty feed is as old as the source report, so its answer stays the same until a change.
    updated: page.entries[0]?.createdAt ?? `${SOURCE_REPORT.publishedOn}T00:00:00.000Z`,
    homeUrl: query.project
      ? `${baseUrl}/projects/${encodeURIComponent(query.project)}`
      : `${baseUrl}/dashboard${filtersToQuery(query.filters)}`,
    selfUrl: { atom: `${baseUrl}/feed.atom${here}`, json: `${baseUrl}/feed.json${here}` },
    nextUrl: next === null ? null : { atom: `${baseUrl}/feed.atom${next}`, json: `${baseUrl}/feed.json${next}` },
    entries,
  };
}

// A feed is rendered once and kept until the data changes (any write), then answered from
// memory with its validators: the ETag is a hash of the body, Last-Modified its newest entry.
const renderedFeed = untilDataChanges(8_000_000, (format: FeedFormat, query: FeedQuery, baseUrl: string) => {
  const model = buildModel(query, baseUrl);
  if (!model) return '';
  const t = translator(query);
  const body = format === 'atom' ? renderAtom(model, t, PUBLISHER.name) : renderJsonFeed(model, t, PUBLISHER.name);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const newest = model.entries[0]?.date;
  return JSON.stringify({ body, etag, lastModified: newest ? new Date(newest).toUTCString() : null });
});

// Null when the feed follows a project the public cannot see.
export function fetchFeedDocument(format: FeedFormat, query: FeedQuery, baseUrl: string): FeedDocument | null {
  const text = renderedFeed(format, query, baseUrl);
  return text === '' ? null : (JSON.parse(text) as FeedDocument);
}
