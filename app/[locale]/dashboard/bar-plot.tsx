'use client';

import { AXIS_HEIGHT, BAR_HEIGHT, ROW_HEIGHT, percent } from './stage-geometry';
import { PlotAxes } from './plot-axes';

export type BarRow = { key: string; label: string; note?: string; value: number; href?: string; title: string };

// The drawing of a bar chart (bar-chart.tsx). A client component, like the stage charts' plot
// (stage-plot.tsx), so that the page's RSC payload carries the rows rather than the drawing; the
// server still renders it into the page's HTML.
export function BarPlot({
  rows,
  ticks,
  label,
  testId,
}: {
  rows: BarRow[];
  ticks: number[];
  label: string;
  testId: string;
}) {
  const axisEnd = ticks[ticks.length - 1];
  const plotHeight = rows.length * ROW_HEIGHT;
  return (
    <div role="figure" aria-label={label} data-testid={testId} className="w-full print:break-inside-avoid">
      <div className="stage-chart">
        <div>
          {rows.map((row) => (
            <p key={row.key} className="stage-row-label">
              {row.href && row.value > 0 ? (
                <a href={row.href} tabIndex={-1}>
                  {row.label}
                </a>
              ) : (
                <span>{row.label}</span>
              )}
              {row.note && <span>{row.note}</span>}
            </p>
          ))}
        </div>
        <div className="stage-plot">
          <svg width="100%" height={plotHeight + AXIS_HEIGHT}>
            <PlotAxes ticks={ticks} plotHeight={plotHeight} />
            {rows.map((row, i) => {
              const y = i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
              const bar = (
                <rect
                  x={0}
                  y={y}
                  width={percent(row.value / axisEnd)}
                  height={BAR_HEIGHT}
                  className="fill-brand-700"
                  data-row={row.key}
                  data-value={row.value}
                >
                  <title>{row.title}</title>
                </rect>
              );
              return (
                <g key={row.key}>
                  {row.href && row.value > 0 ? (
                    <a href={row.href} tabIndex={-1}>
                      {bar}
                    </a>
                  ) : (
                    bar
                  )}
                  <text
                    className="fill-slate-800 text-[11px] tabular-nums"
                    x={percent(row.value / axisEnd)}
                    dx={4}
                    y={y + BAR_HEIGHT / 2}
                    dominantBaseline="central"
                  >
                    {row.value}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
      </div>
    </div>
  );
}
