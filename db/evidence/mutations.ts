import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import { fetchProjectByCode } from '@/db/projects/queries';
import * as t from '@/db/core/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import { writeProjectHistory } from '@/db/projects/history';
import { forbidden, inTransaction, notFound, Refused, type Refusal } from '@/db/core/versioned-record';

// Evidence reaches the public only once published (and only while its project is published).
export function setAttachmentPublication(actor: Actor | null, attachmentId: number, publication: 'draft' | 'published'): { ok: true } | Refusal {
  if (!actor) return forbidden();
  return inTransaction<{ ok: true }, Refusal>(() => {
    const row = getDb().select({ a: t.attachments, code: t.projects.code }).from(t.attachments).innerJoin(t.projects, eq(t.projects.id, t.attachments.projectId))
      .where(eq(t.attachments.id, attachmentId)).get();
    const found = row ? fetchProjectByCode('internal', row.code) : null;
    if (!row || !found) throw new Refused(notFound());
    if (!can(actor, 'publish_record', { cityCodes: found.cities.map((c) => c.code) })) throw new Refused(forbidden());
    if (row.a.publication === publication) return { ok: true };
    getDb().update(t.attachments).set({ publication }).where(eq(t.attachments.id, attachmentId)).run();
    writeProjectHistory({ projectId: found.project.id, userId: actor.id, version: found.project.version, note: '', changes: [{ field: 'evidence', id: attachmentId, from: row.a.publication, to: publication }] });
    return { ok: true };
  });
}
