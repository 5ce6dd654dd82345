import { getDb } from '@/db/core/client';

export const dynamic = 'force-dynamic';

// For a load balancer or a monitor: the app answers and its database opens. Also the benchmark's
// measure of the least a request through Next costs (an empty route handler), beside the writes.
export function GET() {
  getDb().$client.prepare('select 1').get();
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
