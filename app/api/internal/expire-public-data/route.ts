import { expirePublicData } from '@/db/core/expire-public-data';
import { jsonError } from '@/lib/api/responses';
import { INTERNAL_SECRET_ENV, INTERNAL_SECRET_HEADER, isInternalSecret } from '@/lib/internal-secret';

export const dynamic = 'force-dynamic';

// Asked by the app's own server (server/serve.ts) after writes it made directly, with the secret
// it generated at start: revalidateTag works only inside a request Next handles. Anyone else,
// and every caller when Next serves alone, finds nothing here.
export async function POST(request: Request) {
  if (!isInternalSecret(request.headers.get(INTERNAL_SECRET_HEADER), process.env[INTERNAL_SECRET_ENV])) {
    return jsonError(404, 'Not found.');
  }
  expirePublicData();
  return new Response(null, { status: 204 });
}
