import 'server-only';
import { revalidateTag } from 'next/cache';
import { DASHBOARD_STANDING_TAG, DASHBOARD_TAG, projectTag, PUBLIC_DATA_TAG, RECORDS_TAG } from '@/lib/cache-tags';

// What a write changed, for the cached public pages: the projects it touched (and, when the caller
// knows them, the fields of their history entries), or records other than projects (agreements,
// organizations, indicators, events, plans).
export type PublicChange = { projects: string[]; fields?: string[] } | { records: true };

// Called by every action and route after a write lands: the public pages and the dashboard
// must not keep showing what staff just changed.
export function expirePublicData(change: PublicChange): void {
  const own = 'projects' in change ? change.projects.map(projectTag) : [RECORDS_TAG];
  const standing = movesOnlyProgress(change) ? [] : [DASHBOARD_STANDING_TAG];
  for (const tag of [PUBLIC_DATA_TAG, DASHBOARD_TAG, ...standing, ...own]) revalidateTag(tag, { expire: 0 });
}

// Progress enters no figure under DASHBOARD_STANDING_TAG. Without the fields, assume anything.
function movesOnlyProgress(change: PublicChange): boolean {
  return 'projects' in change && change.fields !== undefined && change.fields.every((field) => field === 'progress');
}
