import { getTranslations } from 'next-intl/server';
import { DashboardCard } from './dashboard-card';
import { getDashboardCities, getScheduleSnapshot } from './dashboard-data';
import type { DashboardView } from './dashboard-view';
import { FigureTable } from './figure-table';

// The headline figures at the comparison day and at the chosen day, side by side: what changed
// between two quarterly meetings.
export async function CompareCard({ scope, filters, asOf, compare }: DashboardView) {
  if (!asOf || !compare) return null;
  const t = await getTranslations('dashboard.schedule.compareCard');
  const cities = (await getDashboardCities()).map((c) => ({ id: c.id, code: c.code }));
  const [from, to] = await Promise.all([
    getScheduleSnapshot(scope, filters, compare, cities),
    getScheduleSnapshot(scope, filters, asOf, cities),
  ]);
  const progress = (v: number | null) => (v === null ? null : Math.round(v));
  const figures: [string, number | null, number | null][] = [
    ['total', from.total.projects, to.total.projects],
    ['underway', from.total.byGroup.underway, to.total.byGroup.underway],
    ['done', from.total.byGroup.done, to.total.byGroup.done],
    ['late', from.total.late, to.total.late],
    ['lateDays', from.total.lateDays, to.total.lateDays],
    ['averageProgress', progress(from.total.averageProgress), progress(to.total.averageProgress)],
  ];
  const change = (a: number | null, b: number | null) =>
    a === null || b === null ? '—' : b - a > 0 ? `+${b - a}` : String(b - a);
  return (
    <DashboardCard id="compare" title={t('heading')}>
      <FigureTable
        open
        testId="compare-table"
        caption={t('heading')}
        columns={[t('metric'), t('from', { day: compare }), t('to', { day: asOf }), t('change')]}
        rows={figures.map(([key, a, b]) => ({
          key,
          header: { value: t(key as 'total') },
          cells: [{ value: a ?? '—' }, { value: b ?? '—' }, { value: change(a, b) }],
        }))}
      />
    </DashboardCard>
  );
}
