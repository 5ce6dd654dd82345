import { fetchPlans } from '@/db/queries/records';
import { jsonData } from '@/lib/api/responses';
import { toPublicPlan } from '@/db/records/public-view';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonData(fetchPlans('public').map(toPublicPlan));
}
