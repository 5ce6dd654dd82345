import { fetchIndicators } from '@/db/records/queries';
import { jsonData } from '@/lib/api/responses';
import { toPublicIndicator } from '@/db/records/public-view';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonData(fetchIndicators('public').map(toPublicIndicator));
}
