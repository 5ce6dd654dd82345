import { fetchEvents } from '@/db/records/queries';
import { recordListResponse } from '@/lib/api/record-list';
import { toPublicEvent } from '@/db/records/public-view';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return recordListResponse(request, (q) => fetchEvents('public', q).map(toPublicEvent));
}
