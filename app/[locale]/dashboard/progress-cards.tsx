import { getTranslations } from 'next-intl/server';
import { STAGES, type Stage } from '@/lib/enums';
import type { ProgressRow } from '@/db/dashboard/tallies';
import { localized } from '@/lib/i18n/localized';
import type { ProjectFilters } from '@/lib/project-filters';
import { DashboardCard } from './dashboard-card';
import { getCategoryProgress, getCityProgress, getDashboardCities } from './dashboard-data';
import { projectListHref } from './dashboard-links';
import type { DashboardView } from './dashboard-view';
import { StageChart } from './stage-chart';
import { StageTable, type StageTableRow } from './stage-table';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

// Turns the aggregate rows into what the chart and its table both draw, so they cannot disagree.
function toTableRows(
  rows: ProgressRow[],
  t: Translate,
  label: (key: string) => string,
  narrow: (key: string) => ProjectFilters,
  filters: ProjectFilters,
): StageTableRow[] {
  return rows.map((r) => {
    const average = r.averageProgress === null ? null : Math.round(r.averageProgress);
    const narrowed = narrow(r.key);
    const href = projectListHref(filters, narrowed);
    return {
      key: r.key,
      label: label(r.key),
      note:
        r.total === 0
          ? t('dashboard.chart.noProjects')
          : average === null
            ? t('dashboard.chart.averageNone')
            : t('dashboard.chart.average', { value: average, reported: r.progressReported, total: r.total }),
      href,
      counts: r.stages,
      hrefs: Object.fromEntries(
        STAGES.map((stage) => [stage, projectListHref(filters, { ...narrowed, stage })]),
      ) as Record<Stage, string>,
      total: r.total,
      average: average === null ? t('dashboard.chart.notReported') : t('dashboard.chart.percent', { value: average }),
      reporting: `${r.progressReported}/${r.total}`,
    };
  });
}

async function ProgressCard({
  id,
  rows,
  emptyText,
  caption,
  chartLabel,
  rowHeader,
  title,
  description,
}: {
  id: 'category' | 'city';
  rows: StageTableRow[];
  emptyText: string;
  caption: string;
  chartLabel: string;
  rowHeader: string;
  title: string;
  description: string;
}) {
  const t = await getTranslations();
  const stageLabels = Object.fromEntries(STAGES.map((s) => [s, t(`stage.${s}`)])) as Record<Stage, string>;
  return (
    <DashboardCard id={`by-${id}`} title={title} description={description}>
      {rows.every((r) => r.total === 0) ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          {emptyText}
        </p>
      ) : (
        <>
          <p className="no-print mb-2 text-xs text-slate-500">{t('dashboard.chart.clickHint')}</p>
          <StageChart rows={rows} stageLabels={stageLabels} label={chartLabel} testId={`${id}-chart`} />
          <StageTable
            rows={rows}
            caption={caption}
            rowHeader={rowHeader}
            testId={`${id}-table`}
            labels={{
              show: t('dashboard.showTable'),
              stages: stageLabels,
              total: t('dashboard.chart.total'),
              average: t('dashboard.chart.averageColumn'),
              reporting: t('dashboard.chart.reportingColumn'),
            }}
          />
        </>
      )}
    </DashboardCard>
  );
}

export async function CategoryProgress({ scope, filters, asOf }: DashboardView) {
  const t = await getTranslations();
  const rows = toTableRows(
    await getCategoryProgress(scope, filters, asOf),
    t,
    (key) => t(`category.${key}` as 'category.rail'),
    (key) => ({ category: key as ProjectFilters['category'] }),
    filters,
  );
  return (
    <ProgressCard
      id="category"
      rows={rows}
      title={t('dashboard.byCategory.heading')}
      description={t('dashboard.byCategory.description')}
      emptyText={t('dashboard.byCategory.empty')}
      caption={t('dashboard.byCategory.caption')}
      chartLabel={t('dashboard.byCategory.chartLabel')}
      rowHeader={t('dashboard.byCategory.rowHeader')}
    />
  );
}

export async function CityProgress({ scope, filters, locale, asOf }: DashboardView) {
  const t = await getTranslations();
  const cities = (await getDashboardCities()).filter((c) => !filters.city || c.code === filters.city);
  const name = new Map(cities.map((c) => [c.code, localized(locale, c.nameZh, c.nameEn)]));
  const rows = toTableRows(
    await getCityProgress(
      scope,
      filters,
      cities.map((c) => c.code),
      asOf,
    ),
    t,
    (key) => name.get(key) ?? key,
    (key) => ({ city: key }),
    filters,
  );
  return (
    <ProgressCard
      id="city"
      rows={rows}
      title={t('dashboard.byCity.heading')}
      description={t('dashboard.byCity.description')}
      emptyText={t('dashboard.byCity.empty')}
      caption={t('dashboard.byCity.caption')}
      chartLabel={t('dashboard.byCity.chartLabel')}
      rowHeader={t('dashboard.byCity.rowHeader')}
    />
  );
}
