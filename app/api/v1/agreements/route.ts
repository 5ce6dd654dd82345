import { fetchAgreements } from '@/db/queries/records';
import { jsonData } from '@/lib/api/responses';
import { toOpenData } from '@/lib/api/open-data-record';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonData(fetchAgreements('public').map(toOpenData));
}
