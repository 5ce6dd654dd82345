import { can, type Actor } from '@/lib/auth/permissions';
import type { ScheduleReason, Stage } from '@/lib/enums';
import { isLate, slippageDays } from '@/lib/schedule/slippage';
import type { FieldErrors } from '@/lib/validation/field-errors';

// The schedule discipline of one project change, as a pure function the write path applies
// to every change (form, API, batch, CSV import): a forecast end that moves needs a reason, the
// baseline is an admin's to reset (with a reason), it is fixed on entering implementation, and
// slippage follows the dates.

export type ScheduleState = {
  stage: Stage;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualEnd: string | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  scheduleReason: ScheduleReason | null;
  slippageDays: number | null;
  late: boolean;
};

export type ScheduleChange = Partial<Omit<ScheduleState, 'slippageDays' | 'late'>>;

export type ScheduleOutcome =
  | { refused: 'forbidden' }
  | { refused: 'invalid'; errors: FieldErrors }
  | {
      refused?: undefined;
      // The change as written: the reason only when it explains a move, plus derived columns.
      columns: Partial<ScheduleState>;
      // A reason is kept in the history each time it is given, even when it repeats the last.
      reasonGiven: ScheduleReason | null;
    };

const changed = (before: string | null, after: string | null | undefined) =>
  after !== undefined && (after ?? null) !== before;

export function applyScheduleRules(actor: Actor, before: ScheduleState, change: ScheduleChange): ScheduleOutcome {
  const { scheduleReason, ...dates } = change;
  const reason = scheduleReason ?? null;
  const rebaselines =
    changed(before.baselineStart, dates.baselineStart) || changed(before.baselineEnd, dates.baselineEnd);
  const moves = before.plannedEnd !== null && changed(before.plannedEnd, dates.plannedEnd);
  if (rebaselines && !can(actor, 'rebaseline')) return { refused: 'forbidden' };
  const resetsBaseline = rebaselines && (before.baselineStart !== null || before.baselineEnd !== null);
  if ((moves || resetsBaseline) && !reason)
    return { refused: 'invalid', errors: { scheduleReason: ['reasonRequired'] } };

  const after = { ...before, ...dates };
  const columns: Partial<ScheduleState> = { ...dates };
  // The plan as it stood when work began is the baseline, unless one was set already.
  const starts = after.stage === 'implementation' && before.stage !== 'implementation';
  if (starts && after.baselineStart === null && after.baselineEnd === null) {
    columns.baselineStart = after.plannedStart;
    columns.baselineEnd = after.plannedEnd;
  }
  const slippage = slippageDays({
    baselineEnd: columns.baselineEnd ?? after.baselineEnd,
    plannedEnd: after.plannedEnd,
    actualEnd: after.actualEnd,
  });
  if (slippage !== before.slippageDays) columns.slippageDays = slippage;
  if (isLate(slippage) !== before.late) columns.late = isLate(slippage);
  const reasonGiven = moves || resetsBaseline ? reason : null;
  if (reasonGiven) columns.scheduleReason = reasonGiven;
  return { columns, reasonGiven };
}
