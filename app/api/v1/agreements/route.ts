import { fetchAgreements } from '@/db/records/queries';
import { recordListResponse } from '@/lib/api/record-list';
import { toPublicAgreement } from '@/db/records/public-view';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return recordListResponse(request, (q) => fetchAgreements('public', q).map(toPublicAgreement));
}
