import { fetchPlans } from '@/db/records/queries';
import { recordListResponse } from '@/lib/api/record-list';
import { toPublicPlan } from '@/db/records/public-view';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return recordListResponse(request, (q) => fetchPlans('public', q).map(toPublicPlan));
}
