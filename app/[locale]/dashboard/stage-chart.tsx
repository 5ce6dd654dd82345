'use client';

import { useRouter } from 'next/navigation';
import {
  Bar,
  BarChart,
  CartesianGrid,
  XAxis,
  YAxis,
  pattern,
  patterns,
  type BarShapeProps,
  type RechartsFill,
} from 'recharts';
import { STAGES, type Stage } from '@/lib/enums';
import { AXIS_HEIGHT, ROW_HEIGHT } from './stage-chart-size';
import { stageHref } from './stage-href';
import { STAGE_COLOR, STAGE_TEXTURE } from './stage-palette';

export type StageChartRow = {
  key: string;
  label: string;
  // Under the label: the average progress, or that none is reported.
  note: string;
  href: string;
  counts: Record<Stage, number>;
};

type Datum = Record<Stage, number> & { row: StageChartRow };

const TEXTURE = {
  dots: pattern({ ...patterns.dots, color: '#000', opacity: 0.35 }),
  diagonal: pattern({ ...patterns.diagonal, color: '#000', opacity: 0.3, strokeWidth: 2 }),
  horizontal: pattern({ ...patterns.horizontal, color: '#000', opacity: 0.3, strokeWidth: 2 }),
  crosshatch: pattern({ ...patterns.crosshatch, color: '#fff', opacity: 0.45 }),
  zigzag: pattern({ ...patterns.zigzag, color: '#000', opacity: 0.45 }),
};

// Built once: a fill definition made during render would be redrawn on every render.
const FILL: Record<Stage, string | RechartsFill> = Object.fromEntries(
  STAGES.map((stage) => {
    const texture = STAGE_TEXTURE[stage];
    return [
      stage,
      texture === 'none' ? STAGE_COLOR[stage] : { color: STAGE_COLOR[stage], definition: TEXTURE[texture] },
    ];
  }),
) as Record<Stage, string | RechartsFill>;

// One stage of one row. Recharts clones this element with the geometry; the count is written
// on the segment too, so the chart reads without colour at all.
function Segment(props: Partial<BarShapeProps> & { stage: Stage; stageLabel: string }) {
  const router = useRouter();
  const { x = 0, y = 0, width = 0, height = 0, fill, payload, stage, stageLabel } = props;
  const datum = payload as Datum | undefined;
  const count = datum?.[stage] ?? 0;
  if (!datum || count === 0 || width <= 0) return <g />;
  return (
    <g className="cursor-pointer" onClick={() => router.push(stageHref(datum.row.href, stage))}>
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        fill={fill}
        stroke="#fff"
        strokeWidth={1}
        data-row={datum.row.key}
        data-stage={stage}
        data-count={count}
      >
        <title>{`${datum.row.label} · ${stageLabel}: ${count}`}</title>
      </rect>
      {width >= 16 && (
        <text
          x={x + width / 2}
          y={y + height / 2}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={11}
          fontWeight={600}
          fill="#111"
          stroke="#fff"
          strokeWidth={3}
          paintOrder="stroke"
          pointerEvents="none"
        >
          {count}
        </text>
      )}
    </g>
  );
}

function RowTick(props: { x?: number; y?: number; payload?: { value: string }; rows: StageChartRow[] }) {
  const router = useRouter();
  const row = props.rows.find((r) => r.key === props.payload?.value);
  if (!row) return null;
  return (
    <g
      transform={`translate(${props.x ?? 0},${props.y ?? 0})`}
      className="cursor-pointer"
      onClick={() => router.push(row.href)}
    >
      <text textAnchor="end" x={-6} y={-3} fontSize={13} fontWeight={600} fill="#0f172a">
        {row.label}
      </text>
      <text textAnchor="end" x={-6} y={12} fontSize={11} fill="#475569">
        {row.note}
      </text>
    </g>
  );
}

// The legend is plain HTML beside the chart, not recharts' <Legend>: that one measures itself
// after the first render and makes the whole chart render again.
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
        const fill = FILL[stage];
        const id = `${idPrefix}-legend-${stage}`;
        return (
          <li key={stage} className="flex items-center gap-1">
            <svg width={12} height={12} aria-hidden className="shrink-0">
              {typeof fill !== 'string' && (
                <defs>
                  <fill.definition id={id} color={fill.color} bounds={{ width: 12, height: 12 }} />
                </defs>
              )}
              <rect width={12} height={12} fill={typeof fill === 'string' ? fill : `url(#${id})`} />
            </svg>
            {stageLabels[stage]}
          </li>
        );
      })}
    </ul>
  );
}

// One row per category or city; the height follows the rows, the width is the card's, measured
// by the caller (recharts' own responsive sizing would render the chart a second time).

export function StageChart({
  rows,
  stageLabels,
  label,
  testId,
  width,
}: {
  rows: StageChartRow[];
  stageLabels: Record<Stage, string>;
  label: string;
  testId: string;
  width: number;
}) {
  const data: Datum[] = rows.map((row) => ({ ...row.counts, row }));
  const shown = STAGES.filter((stage) => rows.some((r) => r.counts[stage] > 0));
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  return (
    // The chart is for the eye; the table beside it carries the same numbers for everyone else.
    <div role="img" aria-label={label} data-testid={testId} className="w-full print:break-inside-avoid">
      <StageLegend stages={shown} stageLabels={stageLabels} idPrefix={testId} />
      {/* interval 0: every tick of the count axis, so recharts does not measure tick labels in the DOM. */}
      <BarChart
        layout="vertical"
        data={data}
        width={width}
        height={height}
        accessibilityLayer={false}
        margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
        barCategoryGap="22%"
      >
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          allowDecimals={false}
          interval={0}
          tick={{ fontSize: 11, fill: '#475569' }}
          stroke="#cbd5e1"
        />
        <YAxis
          type="category"
          dataKey={(d: Datum) => d.row.key}
          width={132}
          tickLine={false}
          stroke="#cbd5e1"
          interval={0}
          tick={<RowTick rows={rows} />}
        />
        {shown.map((stage) => (
          <Bar
            key={stage}
            dataKey={stage}
            name={stageLabels[stage]}
            stackId="stages"
            fill={FILL[stage]}
            isAnimationActive={false}
            shape={<Segment stage={stage} stageLabel={stageLabels[stage]} />}
          />
        ))}
      </BarChart>
    </div>
  );
}
