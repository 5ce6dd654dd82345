import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';

export function fetchProjectAttachments(projectId: number) {
  return getDb().select({ id: t.attachments.id, fileName: t.attachments.fileName, mimeType: t.attachments.mimeType, sizeBytes: t.attachments.sizeBytes,
    publication: t.attachments.publication, createdAt: t.attachments.createdAt })
    .from(t.attachments).where(and(eq(t.attachments.projectId, projectId), isNull(t.attachments.deletedAt))).orderBy(asc(t.attachments.id)).all();
}

// One attachment with what decides whether the public may see it: its own and its project's state.
export function fetchAttachmentForServing(id: number) {
  return getDb().select({ attachment: t.attachments, projectPublication: t.projects.publication, projectDeletedAt: t.projects.deletedAt })
    .from(t.attachments).innerJoin(t.projects, eq(t.projects.id, t.attachments.projectId))
    .where(and(eq(t.attachments.id, id), isNull(t.attachments.deletedAt))).get() ?? null;
}
