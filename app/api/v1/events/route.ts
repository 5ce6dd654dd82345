import { fetchEvents } from '@/db/records/queries';
import { jsonData } from '@/lib/api/responses';
import { toPublicEvent } from '@/db/records/public-view';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonData(fetchEvents('public').map(toPublicEvent));
}
