import { isPublicEvidence } from '@/db/evidence/public-view';
import { fetchAttachmentForServing } from '@/db/evidence/queries';
import { getCurrentUser } from '@/db/accounts/current-user';
import { can } from '@/lib/auth/permissions';
import { readEvidence } from '@/db/evidence/store';

export const dynamic = 'force-dynamic';

// Every answer here carries its own policy; the site's (next.config.js) is not applied to it.
// An uploaded file, even one that passed the content check, may run nothing and load nothing.
const SANDBOX = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

const notFound = () => new Response('Not found', {
  status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': SANDBOX },
});

// Staff see every attachment; the public only one that is published on a published project.
// Anything else answers 404, so the public cannot learn that a draft file exists.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) return notFound();
  const row = fetchAttachmentForServing(Number(id));
  if (!row) return notFound();
  const staff = can(await getCurrentUser(), 'read_internal');
  const published = isPublicEvidence(row.attachment, { publication: row.projectPublication, deletedAt: row.projectDeletedAt });
  if (!staff && !published) return notFound();
  const bytes = await readEvidence(row.attachment.storedName);
  if (!bytes) return notFound();
  const inline = row.attachment.mimeType.startsWith('image/') || row.attachment.mimeType === 'application/pdf';
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': row.attachment.mimeType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(row.attachment.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': SANDBOX,
      'Cache-Control': published ? 'public, max-age=300' : 'private, no-store',
    },
  });
}
