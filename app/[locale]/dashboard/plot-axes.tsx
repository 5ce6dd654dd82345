import { percent } from './stage-geometry';

// The value grid, its tick marks and labels, and the two axes that every bar chart of the
// dashboard draws under its bars. `ticks` end at the axis's last value.
export function PlotAxes({ ticks, plotHeight }: { ticks: number[]; plotHeight: number }) {
  const axisEnd = ticks[ticks.length - 1];
  return (
    <>
      {ticks.map((tick) => {
        const x = percent(tick / axisEnd);
        return (
          <g key={tick}>
            <line className="stage-grid" x1={x} x2={x} y1={0} y2={plotHeight} />
            <line className="stage-axis" x1={x} x2={x} y1={plotHeight} y2={plotHeight + 6} />
            <text className="stage-tick" x={x} y={plotHeight + 18}>
              {tick}
            </text>
          </g>
        );
      })}
      <line className="stage-axis" x1={0} x2={0} y1={0} y2={plotHeight} />
      <line className="stage-axis" x1={0} x2="100%" y1={plotHeight} y2={plotHeight} />
    </>
  );
}
