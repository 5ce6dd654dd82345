import 'server-only';
import type { SQL } from 'drizzle-orm';
import { visibleWhere, type ReadScope } from '@/db/core/read-scope';
import * as t from '@/db/core/schema';
import type { Milestone } from '@/db/core/schema';

// A milestone reaches the public once published, and never once deleted.
export function isPublicMilestone(milestone: Pick<Milestone, 'publication' | 'deletedAt'>): boolean {
  return milestone.publication === 'published' && milestone.deletedAt === null;
}

// How a milestone is named in its project's history: its title, and its date when it has one.
export function milestoneLabel(milestone: { titleZh: string; plannedOn?: string | null }): string {
  return milestone.plannedOn ? `${milestone.titleZh} (${milestone.plannedOn})` : milestone.titleZh;
}

export function milestoneRowsWhere(scope: ReadScope): SQL {
  return visibleWhere(scope, t.milestones);
}
