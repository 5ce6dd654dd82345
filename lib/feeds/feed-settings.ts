// Feed and entry ids are tag: URIs (RFC 4151), built from an authority the publisher controls
// and the history entry's id, so they stay the same across requests, restarts and hosts. Set
// FEED_TAG_AUTHORITY to a domain name the publisher owns; the default is a placeholder of the
// reserved .invalid domain, and says so.
export const PLACEHOLDER_TAG_AUTHORITY = 'jinan-circle-tracker.invalid';
// The year the authority was first used for these ids, as RFC 4151 asks; never changed.
const TAG_YEAR = '2021';

export function tagAuthority(value = process.env.FEED_TAG_AUTHORITY): string {
  return value && /^[a-z0-9.-]+$/i.test(value) ? value.toLowerCase() : PLACEHOLDER_TAG_AUTHORITY;
}

export function feedTag(authority: string, specific: string): string {
  return `tag:${authority},${TAG_YEAR}:${specific}`;
}

// Newest entries first, this many to a page.
export const FEED_PAGE_SIZE = 50;
