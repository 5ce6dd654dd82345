import { getTranslations } from 'next-intl/server';
import { LATEST } from '@/db/dashboard/as-of';
import { BarChart } from './bar-chart';
import { DashboardCard } from './dashboard-card';
import { getReasonCounts } from './dashboard-data';
import type { DashboardView } from './dashboard-view';
import { FigureTable } from './figure-table';

// The reasons that recur when schedules move, most frequent first.
export async function ReasonsCard({ scope, filters, asOf }: DashboardView) {
  const t = await getTranslations();
  const counts = (await getReasonCounts(scope, filters, asOf ?? LATEST)).toSorted((a, b) => b.given - a.given);
  const label = (reason: string) => t(`scheduleReason.${reason}` as 'scheduleReason.other');
  return (
    <DashboardCard
      id="reasons"
      title={t('dashboard.schedule.reasons.heading')}
      description={t('dashboard.schedule.reasons.description')}
    >
      {counts.every((c) => c.given === 0) ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          {t('dashboard.schedule.reasons.empty')}
        </p>
      ) : (
        <>
          <BarChart
            testId="reasons-chart"
            label={t('dashboard.schedule.reasons.chartLabel')}
            rows={counts.map((c) => ({
              key: c.reason,
              label: label(c.reason),
              value: c.given,
              title: `${label(c.reason)}: ${c.given}`,
            }))}
          />
          <FigureTable
            testId="reasons-table"
            caption={t('dashboard.schedule.reasons.heading')}
            columns={[t('dashboard.schedule.reasons.reason'), t('dashboard.schedule.reasons.given')]}
            rows={counts.map((c) => ({
              key: c.reason,
              header: { value: label(c.reason) },
              cells: [{ value: c.given }],
            }))}
          />
        </>
      )}
    </DashboardCard>
  );
}
