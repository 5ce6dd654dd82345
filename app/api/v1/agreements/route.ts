import { fetchAgreements } from '@/db/records/queries';
import { jsonData } from '@/lib/api/responses';
import { toPublicAgreement } from '@/db/records/public-view';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonData(fetchAgreements('public').map(toPublicAgreement));
}
