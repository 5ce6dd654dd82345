import { getTranslations } from 'next-intl/server';
import { isLate, lastDayOf } from '@/lib/schedule/slippage';
import type { ScheduleReason } from '@/lib/enums';

type Schedule = {
  baselineStart: string | null;
  baselineEnd: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  slippageDays: number | null;
  scheduleReason: ScheduleReason | null;
};

const ROW = 28;
const BAR = 14;

// The first day a partial date can mean, so a bar covers the whole period it names.
function firstDayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, (month || 1) - 1, day || 1);
}

// A small Gantt-like chart drawn on the server: the baseline, the forecast and the actual dates
// as bars on one time line, so a slip shows as the forecast bar running past the baseline's
// end. The list beside it says the same in words, for screen readers and for print.
export async function ScheduleBar({ schedule }: { schedule: Schedule }) {
  const t = await getTranslations('project.schedule');
  const tr = await getTranslations('scheduleReason');
  const rows = [
    { key: 'baseline', start: schedule.baselineStart, end: schedule.baselineEnd, className: 'fill-slate-400' },
    { key: 'forecast', start: schedule.plannedStart, end: schedule.plannedEnd, className: 'fill-brand-700' },
    { key: 'actual', start: schedule.actualStart, end: schedule.actualEnd, className: 'fill-emerald-700' },
  ] as const;
  const spans = rows
    .filter((r) => r.start || r.end)
    .map((r) => ({ ...r, from: firstDayOf((r.start ?? r.end)!), to: lastDayOf((r.end ?? r.start)!) }));
  const min = Math.min(...spans.map((s) => s.from));
  const max = Math.max(...spans.map((s) => s.to), min + 1);
  const x = (ms: number) => `${(((ms - min) / (max - min)) * 100).toFixed(2)}%`;
  const describe = (start: string | null, end: string | null) =>
    start && end ? t('range', { from: start, to: end }) : start ? t('open', { from: start }) : (end ?? t('none'));
  const slip = schedule.slippageDays;
  return (
    <figure className="space-y-2" data-testid="schedule">
      {spans.length > 0 && (
        <svg width="100%" height={spans.length * ROW} role="img" aria-label={t('chartLabel')}>
          {spans.map((s, i) => (
            <g key={s.key} data-bar={s.key}>
              <text x={0} y={i * ROW + ROW / 2} dominantBaseline="central" className="fill-slate-700 text-[11px]">
                {t(s.key)}
              </text>
              <svg x="22%" width="78%" height={spans.length * ROW}>
                <rect
                  x={x(s.from)}
                  y={i * ROW + (ROW - BAR) / 2}
                  width={`${Math.max(0.5, ((s.to - s.from) / (max - min)) * 100).toFixed(2)}%`}
                  height={BAR}
                  className={s.className}
                >
                  <title>{`${t(s.key)}: ${describe(s.start, s.end)}`}</title>
                </rect>
              </svg>
            </g>
          ))}
        </svg>
      )}
      <figcaption className="text-sm text-slate-700">
        <ul className="space-y-0.5">
          {rows.map((r) => (
            <li key={r.key}>
              {t(r.key)}: {describe(r.start, r.end)}
            </li>
          ))}
        </ul>
        <p className={`mt-1 font-medium ${isLate(slip) ? 'text-red-800' : ''}`} data-testid="slippage-summary">
          {slip === null
            ? t('noBaseline')
            : isLate(slip)
              ? t('slipLate', { days: slip })
              : t('slipOnTime', { days: slip })}
        </p>
        {schedule.scheduleReason && <p>{t('latestReason', { reason: tr(schedule.scheduleReason) })}</p>}
      </figcaption>
    </figure>
  );
}
