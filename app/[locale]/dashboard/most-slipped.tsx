import { getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import { DashboardCard } from './dashboard-card';
import { getMostSlipped } from './dashboard-data';
import type { DashboardView } from './dashboard-view';
import { FigureTable } from './figure-table';

// The late projects furthest past their baseline, as they are now (a project's past dates are
// in its history, not in the tallies).
export async function MostSlipped({ scope, filters, locale }: DashboardView) {
  const t = await getTranslations();
  const m = (key: string) => t(`dashboard.schedule.mostSlipped.${key}` as 'dashboard.schedule.mostSlipped.project');
  const rows = await getMostSlipped(scope, filters);
  return (
    <DashboardCard id="most-slipped" title={m('heading')} description={m('description')}>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          {m('empty')}
        </p>
      ) : (
        <FigureTable
          open
          testId="most-slipped-table"
          caption={m('tableCaption')}
          columns={[m('project'), m('days'), m('baselineEnd'), m('heading_end'), m('reason')]}
          rows={rows.map((r) => ({
            key: r.code,
            header: { value: localized(locale, r.nameZh, r.nameEn), href: `/projects/${r.code}` },
            cells: [
              { value: r.slippageDays },
              { value: r.baselineEnd ?? '—' },
              { value: r.actualEnd ?? r.plannedEnd ?? '—' },
              { value: r.scheduleReason ? t(`scheduleReason.${r.scheduleReason}`) : m('noReason') },
            ],
          }))}
        />
      )}
    </DashboardCard>
  );
}
