import { fetchPlans } from '@/db/records/queries';
import { jsonData } from '@/lib/api/responses';
import { toPublicPlan } from '@/db/records/public-view';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonData(fetchPlans('public').map(toPublicPlan));
}
