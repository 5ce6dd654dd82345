import 'server-only';
import { revalidateTag } from 'next/cache';
import { DASHBOARD_TAG, projectTag, PUBLIC_DATA_TAG, RECORDS_TAG } from '@/lib/cache-tags';

// What a write changed, for the cached public pages: the projects it touched, or records other
// than projects (agreements, organizations, indicators, events, plans).
export type PublicChange = { projects: string[] } | { records: true };

// Called by every action and route after a write lands: the public pages and the dashboard
// must not keep showing what staff just changed.
export function expirePublicData(change: PublicChange): void {
  const own = 'projects' in change ? change.projects.map(projectTag) : [RECORDS_TAG];
  for (const tag of [PUBLIC_DATA_TAG, DASHBOARD_TAG, ...own]) revalidateTag(tag, { expire: 0 });
}
