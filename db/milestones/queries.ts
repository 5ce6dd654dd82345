import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';

export function fetchMilestones(projectId: number) {
  return getDb()
    .select()
    .from(t.milestones)
    .where(and(eq(t.milestones.projectId, projectId), isNull(t.milestones.deletedAt)))
    .orderBy(asc(t.milestones.plannedOn), asc(t.milestones.id))
    .all();
}
