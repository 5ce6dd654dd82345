import { getTranslations } from 'next-intl/server';
import { STAGES, type Stage } from '@/lib/enums';
import { countTicks } from './stage-chart-layout';
import { StageTexture } from './stage-fill';
import { stageFill } from './stage-palette';
import { StagePlot, type StageChartRow } from './stage-plot';

export type { StageChartRow };

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

// A horizontal bar per category or city, stacked by stage, drawn with the page, not streamed into
// it (dashboard-content.tsx): it is in the page's HTML and in the cached copy of the page, so it is
// on screen and on paper at once, with no script to load or run first. The rows' labels are HTML
// at their natural size; the bars are laid out in fractions of the plot's width, so they fit a
// phone, a desktop card or a page. Segments and labels are plain links for the pointer; keyboards
// and screen readers use the table beside the chart, which has the same links.
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
  const fillIdPrefix = `${testId}-fill`;
  return (
    // A figure, not an img: an img's content is presentational, and this one holds links.
    <div role="figure" aria-label={label} data-testid={testId} className="w-full print:break-inside-avoid">
      <StageLegend stages={shown} stageLabels={stageLabels} idPrefix={testId} />
      <StagePlot
        rows={rows}
        ticks={countTicks(rows.map((r) => r.counts))}
        stageLabels={stageLabels}
        barLabelTemplate={t.raw('barLabel') as string}
        fillIdPrefix={fillIdPrefix}
        textures={shown.map((stage) => (
          <StageTexture key={stage} stage={stage} id={`${fillIdPrefix}-${stage}`} />
        ))}
      />
    </div>
  );
}
