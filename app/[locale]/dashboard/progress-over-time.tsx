import { getTranslations } from 'next-intl/server';
import { BarChart } from './bar-chart';
import { DashboardCard } from './dashboard-card';
import { getProgressOverTime } from './dashboard-data';
import type { DashboardView } from './dashboard-view';
import { FigureTable } from './figure-table';

// Quarter by quarter up to the chosen day (or today), from the day tallies.
export async function ProgressOverTime({ scope, filters, asOf }: DashboardView) {
  const t = await getTranslations('dashboard.schedule.overTime');
  const day = asOf ?? new Date().toISOString().slice(0, 10);
  const quarters = await getProgressOverTime(scope, filters, day);
  const average = (value: number | null) => (value === null ? '—' : `${Math.round(value)}%`);
  return (
    <DashboardCard id="over-time" title={t('heading')} description={t('description')}>
      <BarChart
        testId="over-time-chart"
        label={t('chartLabel')}
        rows={quarters.map((q) => ({
          key: q.quarter,
          label: q.quarter,
          note: `${t('started')} ${q.started} · ${average(q.averageProgress)}`,
          value: Math.max(0, q.completed),
          title: `${q.quarter}: ${t('completed')} ${q.completed}, ${t('started')} ${q.started}`,
        }))}
      />
      <FigureTable
        testId="over-time-table"
        caption={t('heading')}
        columns={[t('quarter'), t('started'), t('completed'), t('average')]}
        rows={quarters.map((q) => ({
          key: q.quarter,
          header: { value: q.quarter },
          cells: [{ value: q.started }, { value: q.completed }, { value: average(q.averageProgress) }],
        }))}
      />
    </DashboardCard>
  );
}
