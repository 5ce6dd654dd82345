import type { NextRequest } from 'next/server';
import { fetchFeedDocument, type FeedFormat } from '@/db/feeds/feed-document';
import { fetchCityCodes } from '@/db/places/queries';
import { badFilter, jsonError } from '@/lib/api/responses';
import { parseFeedQuery } from '@/lib/feeds/feed-query';
import { searchParamsObject } from '@/lib/project-filters';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

// A conditional request is answered 304 when the reader's copy is current: by ETag when it sends
// one (RFC 9110 prefers it), else by date.
function notModified(request: NextRequest, etag: string, lastModified: string | null): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
  const since = request.headers.get('if-modified-since');
  if (since === null || lastModified === null) return false;
  const sinceTime = Date.parse(since);
  return !Number.isNaN(sinceTime) && Date.parse(lastModified) <= sinceTime;
}

// The change feeds, in either format, with their validators.
export function feedResponse(request: NextRequest, format: FeedFormat): Response {
  const parsed = parseFeedQuery(searchParamsObject(request.nextUrl.searchParams), fetchCityCodes());
  if (parsed.error) {
    const { error } = parsed;
    return 'allowed' in error
      ? badFilter(error)
      : jsonError(400, `Invalid parameter "${error.param}": ${error.message}.`, { param: error.param });
  }
  const feed = fetchFeedDocument(format, parsed.query, request.nextUrl.origin);
  if (!feed) return jsonError(404, `No published project has the code "${parsed.query.project}".`);
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[format],
    etag: feed.etag,
    // Readers may keep a copy but must ask again, cheaply, whether it is current.
    'cache-control': 'public, no-cache',
    ...(feed.lastModified ? { 'last-modified': feed.lastModified } : {}),
  };
  if (notModified(request, feed.etag, feed.lastModified)) return new Response(null, { status: 304, headers });
  return new Response(feed.body, { headers });
}
