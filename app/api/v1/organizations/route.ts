import { fetchOrganizations } from '@/db/records/queries';
import { jsonData } from '@/lib/api/responses';
import { toPublicOrganization } from '@/db/records/public-view';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonData(fetchOrganizations('public').map(toPublicOrganization));
}
