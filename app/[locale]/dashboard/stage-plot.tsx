'use client';

import type { ReactNode } from 'react';
import { STAGES, type Stage } from '@/lib/enums';
import { PlotAxes } from './plot-axes';
import { AXIS_HEIGHT, BAR_HEIGHT, ROW_HEIGHT, percent, stackSegments } from './stage-geometry';
import { stageFill } from './stage-palette';

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

// "{name}", "{stage}" and "{count}" of the bar label's message, filled in.
function barLabel(template: string, name: string, stage: string, count: number): string {
  return template.replace('{name}', name).replace('{stage}', stage).replace('{count}', String(count));
}

// The rows' labels and the plot of a stage chart (stage-chart.tsx). A client component only so
// that the page's RSC payload carries the rows' figures once, for this and the table beside it,
// rather than every element of the drawing a second time after the HTML: the server renders it
// into the page all the same, so it is on screen and on paper with no script run first.
export function StagePlot({
  rows,
  ticks,
  stageLabels,
  barLabelTemplate,
  fillIdPrefix,
  textures,
}: {
  rows: StageChartRow[];
  ticks: number[];
  stageLabels: Record<Stage, string>;
  barLabelTemplate: string;
  fillIdPrefix: string;
  // The stages' textures as <pattern>s with ids `${fillIdPrefix}-${stage}`, drawn on the server.
  textures: ReactNode;
}) {
  const axisEnd = ticks[ticks.length - 1];
  const plotHeight = rows.length * ROW_HEIGHT;
  const fillId = (stage: Stage) => `${fillIdPrefix}-${stage}`;
  return (
    // Colours, lines and type are set by the .stage-* rules in globals.css, once for every segment.
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
          <defs>{textures}</defs>
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
                  <title>{barLabel(barLabelTemplate, row.label, stageLabels[stage], count)}</title>
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
  );
}
