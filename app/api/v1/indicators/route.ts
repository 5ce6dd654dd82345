import { fetchIndicators } from '@/db/records/queries';
import { recordListResponse } from '@/lib/api/record-list';
import { toPublicIndicator } from '@/db/records/public-view';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return recordListResponse(request, (q) => fetchIndicators('public', q).map(toPublicIndicator));
}
