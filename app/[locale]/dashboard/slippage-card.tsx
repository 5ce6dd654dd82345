import { getTranslations } from 'next-intl/server';
import type { SlipFigures } from '@/db/dashboard/schedule';
import { LATEST } from '@/db/dashboard/as-of';
import { localized } from '@/lib/i18n/localized';
import { LATE_AFTER_DAYS } from '@/lib/schedule/slippage';
import type { ProjectFilters } from '@/lib/project-filters';
import { BarChart } from './bar-chart';
import { DashboardCard } from './dashboard-card';
import { getDashboardCities, getLateMedians, getScheduleSnapshot } from './dashboard-data';
import { slippageListHref } from './dashboard-links';
import type { DashboardView } from './dashboard-view';
import { FigureTable } from './figure-table';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function SlipSection({
  id,
  t,
  heading,
  rowHeader,
  what,
  rows,
  before,
  compare,
  medians,
  label,
  narrow,
  filters,
}: {
  id: string;
  t: Translate;
  heading: string;
  rowHeader: string;
  what: string;
  rows: SlipFigures[];
  before?: SlipFigures[];
  compare?: string;
  // Median days late per row, now; absent for a past day (medians are not kept by day) and
  // for cities (fetchLateMedians says why).
  medians?: Map<string, number | null>;
  label: (key: string) => string;
  narrow: (key: string) => ProjectFilters;
  filters: ProjectFilters;
}) {
  const s = (key: string, values?: Record<string, string | number>) => t(`dashboard.schedule.slippage.${key}`, values);
  const columns = [rowHeader, s('baselined'), s('late'), s('lateDays'), s('averageDays')];
  if (medians) columns.push(s('medianDays'));
  if (compare) columns.push(s('change', { day: compare }));
  return (
    <section aria-labelledby={`${id}-heading`} className="min-w-0">
      <h3 id={`${id}-heading`} className="mb-2 text-sm font-semibold text-slate-800">
        {heading}
      </h3>
      <BarChart
        testId={`${id}-chart`}
        label={s('chartLabel', { what })}
        rows={rows.map((r) => ({
          key: r.key,
          label: label(r.key),
          note: r.late ? `${r.lateDays} d` : undefined,
          value: r.late,
          href: slippageListHref(filters, narrow(r.key)),
          title: `${label(r.key)}: ${r.late} / ${r.baselined}`,
        }))}
      />
      <FigureTable
        testId={`${id}-table`}
        caption={heading}
        columns={columns}
        rows={rows.map((r) => {
          const href = slippageListHref(filters, narrow(r.key));
          const old = before?.find((b) => b.key === r.key);
          const cells = [
            { value: r.baselined },
            { value: r.late, href: r.late ? href : undefined },
            { value: r.lateDays },
            { value: r.late ? Math.round(r.lateDays / r.late) : '—' },
          ];
          if (medians) cells.push({ value: medians.get(r.key) ?? '—' });
          if (compare) cells.push({ value: signed(r.late - (old?.late ?? 0)) });
          return { key: r.key, header: { value: label(r.key), href }, cells };
        })}
      />
    </section>
  );
}

// Late projects and days late by category and by city, at the chosen day (or now), with the
// change since the comparison day when there is one.
export async function SlippageCard({ scope, filters, locale, asOf, compare }: DashboardView) {
  const t = await getTranslations();
  const cities = (await getDashboardCities()).filter((c) => !filters.city || c.code === filters.city);
  const keys = cities.map((c) => ({ id: c.id, code: c.code }));
  const [now, before, medians] = await Promise.all([
    getScheduleSnapshot(scope, filters, asOf ?? LATEST, keys),
    compare ? getScheduleSnapshot(scope, filters, compare, keys) : undefined,
    asOf ? undefined : getLateMedians(scope, filters),
  ]);
  const name = new Map(cities.map((c) => [c.code, localized(locale, c.nameZh, c.nameEn)]));
  const common = { t, compare, filters };
  return (
    <DashboardCard
      id="slippage"
      title={t('dashboard.schedule.slippage.heading')}
      description={[
        t('dashboard.schedule.slippage.description', { threshold: LATE_AFTER_DAYS }),
        t('dashboard.schedule.slippage.totals', { late: now.total.late, days: now.total.lateDays }),
        medians?.all != null ? t('dashboard.schedule.slippage.median', { days: medians.all }) : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      {now.total.baselined === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          {t('dashboard.schedule.slippage.empty')}
        </p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <SlipSection
            {...common}
            id="slip-category"
            heading={t('dashboard.schedule.slippage.byCategory')}
            rowHeader={t('dashboard.schedule.slippage.rowCategory')}
            what={t('dashboard.schedule.slippage.rowCategory')}
            rows={now.byCategory}
            before={before?.byCategory}
            medians={medians && new Map(medians.byCategory)}
            label={(key) => t(`category.${key}` as 'category.rail')}
            narrow={(key) => ({ category: key as ProjectFilters['category'] })}
          />
          <SlipSection
            {...common}
            id="slip-city"
            heading={t('dashboard.schedule.slippage.byCity')}
            rowHeader={t('dashboard.schedule.slippage.rowCity')}
            what={t('dashboard.schedule.slippage.rowCity')}
            rows={now.byCity}
            before={before?.byCity}
            label={(key) => name.get(key) ?? key}
            narrow={(key) => ({ city: key })}
          />
        </div>
      )}
    </DashboardCard>
  );
}
