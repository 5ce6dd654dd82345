import type { MilestoneStatus } from '@/lib/enums';
import { endDateTime } from './dates';
import type { Oc4idsFacts } from './facts';

// The record's statuses in OC4IDS's closed milestoneStatus codelist.
const MILESTONE_STATUS: Record<MilestoneStatus, 'scheduled' | 'met' | 'notMet'> = {
  scheduled: 'scheduled',
  met: 'met',
  not_met: 'notMet',
};

export function mapMilestones(milestones: Oc4idsFacts['milestones']) {
  if (milestones.length === 0) return {};
  return {
    milestones: milestones.map((m) => ({
      id: String(m.id),
      title: m.titleZh,
      ...(m.titleEn ? { title_en: m.titleEn } : {}),
      type: 'delivery',
      status: MILESTONE_STATUS[m.status],
      ...(m.plannedOn ? { dueDate: endDateTime(m.plannedOn) } : {}),
      ...(m.actualOn && m.status === 'met' ? { dateMet: endDateTime(m.actualOn) } : {}),
    })),
  };
}
