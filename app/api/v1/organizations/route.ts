import { fetchOrganizations } from '@/db/records/queries';
import { recordListResponse } from '@/lib/api/record-list';
import { toPublicOrganization } from '@/db/records/public-view';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return recordListResponse(request, (q) => fetchOrganizations('public', q).map(toPublicOrganization));
}
