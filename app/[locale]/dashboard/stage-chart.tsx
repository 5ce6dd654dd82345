import { getTranslations } from 'next-intl/server';
import { STAGES, type Stage } from '@/lib/enums';
import { AXIS_HEIGHT, BAR_HEIGHT, ROW_HEIGHT, countTicks, percent, stackSegments } from './stage-chart-layout';
import { PlotAxes } from './plot-axes';
import { StageTexture, stageFill } from './stage-fill';

export type StageChartRow = {
  key: string;
  label: string;
  // Under the label: the average progress, or that none is reported.
  note: string;
  href: string;
  // The row's list narrowed to each stage: where a click on a segment goes.
  hrefs: Record<Stage, string>;
  counts: Record<Stage, number>;
};

function StageLegend({
  stages,
  stageLabels,
  idPrefix,
}: {
  stages: Stage[];
  stageLabels: Record<Stage, string>;
  idPrefix: string;
}) {
  return (
    <ul className="flex min-h-9 flex-wrap items-center justify-center gap-x-3 gap-y-1 text-xs text-slate-700">
      {stages.map((stage) => {
        const id = `${idPrefix}-legend-${stage}`;
        return (
          <li key={stage} className="flex items-center gap-1">
            <svg width={12} height={12} aria-hidden className="shrink-0">
              <defs>
                <StageTexture stage={stage} id={id} size={12} />
              </defs>
              <rect width={12} height={12} fill={stageFill(stage, id)} />
            </svg>
            {stageLabels[stage]}
          </li>
        );
      })}
    </ul>
  );
}

// A horizontal bar per category or city, stacked by stage, drawn on the server with the page,
// not streamed into it (dashboard-content.tsx): it is in the page's HTML and in the cached copy
// of the page, so it is on screen and on paper at once, with no script to load or run first. The rows' labels are HTML at their natural size; the bars
// are laid out in fractions of the plot's width, so they fit a phone, a desktop card or a page.
// Segments and labels are plain links for the pointer; keyboards and screen readers use the
// table beside the chart, which has the same links.
export async function StageChart({
  rows,
  stageLabels,
  label,
  testId,
}: {
  rows: StageChartRow[];
  stageLabels: Record<Stage, string>;
  label: string;
  testId: string;
}) {
  const t = await getTranslations('dashboard.chart');
  const shown = STAGES.filter((stage) => rows.some((r) => r.counts[stage] > 0));
  const ticks = countTicks(rows.map((r) => r.counts));
  const axisEnd = ticks[ticks.length - 1];
  const plotHeight = rows.length * ROW_HEIGHT;
  const fillId = (stage: Stage) => `${testId}-fill-${stage}`;
  return (
    // A figure, not an img: an img's content is presentational, and this one holds links.
    <div role="figure" aria-label={label} data-testid={testId} className="w-full print:break-inside-avoid">
      <StageLegend stages={shown} stageLabels={stageLabels} idPrefix={testId} />
      {/* Colours, lines and type are set by the .stage-* rules in globals.css, once for every segment. */}
      <div className="stage-chart">
        <div>
          {rows.map((row) => (
            <p key={row.key} className="stage-row-label">
              {STAGES.some((stage) => row.counts[stage] > 0) ? (
                <a href={row.href} tabIndex={-1}>
                  {row.label}
                </a>
              ) : (
                <span>{row.label}</span>
              )}
              <span>{row.note}</span>
            </p>
          ))}
        </div>
        <div className="stage-plot">
          <svg width="100%" height={plotHeight + AXIS_HEIGHT}>
            <defs>
              {shown.map((stage) => (
                <StageTexture key={stage} stage={stage} id={fillId(stage)} />
              ))}
            </defs>
            <PlotAxes ticks={ticks} plotHeight={plotHeight} />
            {rows.map((row, i) => {
              const y = i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
              return stackSegments(row.counts, axisEnd).map(({ stage, count, start, length, fit }) => (
                <a key={`${row.key}-${stage}`} href={row.hrefs[stage]} tabIndex={-1}>
                  <rect
                    x={percent(start)}
                    y={y}
                    width={percent(length)}
                    height={BAR_HEIGHT}
                    fill={stageFill(stage, fillId(stage))}
                    data-row={row.key}
                    data-stage={stage}
                    data-count={count}
                  >
                    <title>{t('barLabel', { name: row.label, stage: stageLabels[stage], count })}</title>
                  </rect>
                  {/* The count on the segment too, so the chart reads without colour at all. */}
                  {fit !== null && (
                    <text className="stage-count" data-fit={fit} x={percent(start + length / 2)} y={y + BAR_HEIGHT / 2}>
                      {count}
                    </text>
                  )}
                </a>
              ));
            })}
          </svg>
        </div>
      </div>
    </div>
  );
}
