import 'server-only';
import { revalidateTag } from 'next/cache';
import { DASHBOARD_TAG, PUBLIC_DATA_TAG } from '@/lib/cache-tags';

// Called by every action and route after a write lands: the public pages and the dashboard
// must not keep showing what staff just changed.
export function expirePublicData(): void {
  for (const tag of [PUBLIC_DATA_TAG, DASHBOARD_TAG]) revalidateTag(tag, { expire: 0 });
}
