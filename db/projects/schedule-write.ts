import 'server-only';
import { forbidden, invalid, Refused, type FieldChange } from '@/db/core/versioned-record';
import type { Actor } from '@/lib/auth/permissions';
import { applyScheduleRules, type ScheduleChange, type ScheduleState } from './schedule-change';

const SCHEDULE_FIELDS = [
  'stage',
  'plannedStart',
  'plannedEnd',
  'actualEnd',
  'baselineStart',
  'baselineEnd',
  'scheduleReason',
] as const;

export const NOTHING_SCHEDULED: ScheduleState = {
  stage: 'identification',
  plannedStart: null,
  plannedEnd: null,
  actualEnd: null,
  baselineStart: null,
  baselineEnd: null,
  scheduleReason: null,
  slippageDays: null,
  late: false,
};

// A project change with the schedule rules applied, ready to diff and write; refuses by throwing
// out of the write's transaction. The reason, once given, is kept in the history even when it
// repeats the previous one, so the reasons chart counts every move.
export function withScheduleRules<C extends Record<string, unknown>>(
  actor: Actor,
  before: ScheduleState,
  change: C,
): { change: Omit<C, 'scheduleReason'> & Partial<ScheduleState>; reasonChange: FieldChange | null } {
  const scheduled = Object.fromEntries(
    SCHEDULE_FIELDS.filter((f) => change[f] !== undefined).map((f) => [f, change[f]]),
  ) as ScheduleChange;
  const outcome = applyScheduleRules(actor, before, scheduled);
  if (outcome.refused === 'forbidden') throw new Refused(forbidden());
  if (outcome.refused === 'invalid') throw new Refused(invalid(outcome.errors));
  const { scheduleReason: _given, ...rest } = change;
  const reasonChange = outcome.reasonGiven
    ? { field: 'scheduleReason', from: before.scheduleReason, to: outcome.reasonGiven }
    : null;
  return { change: { ...rest, ...outcome.columns }, reasonChange };
}

export function withReason(changes: FieldChange[], reasonChange: FieldChange | null): FieldChange[] {
  if (!reasonChange || changes.some((c) => c.field === 'scheduleReason')) return changes;
  return [...changes, reasonChange];
}
