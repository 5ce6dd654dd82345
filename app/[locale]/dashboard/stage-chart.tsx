'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis, pattern, patterns, type BarShapeProps, type RechartsFill } from 'recharts';
import { STAGES, type Stage } from '@/db/enums';
import { STAGE_COLOR, STAGE_TEXTURE } from './stage-palette';

export type StageChartRow = {
  key: string;
  label: string;
  // Under the label: the average progress, or that none is reported.
  note: string;
  href: string;
  counts: Record<Stage, number>;
  hrefs: Record<Stage, string>;
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
const FILL: Record<Stage, string | RechartsFill> = Object.fromEntries(STAGES.map((stage) => {
  const texture = STAGE_TEXTURE[stage];
  return [stage, texture === 'none' ? STAGE_COLOR[stage] : { color: STAGE_COLOR[stage], definition: TEXTURE[texture] }];
})) as Record<Stage, string | RechartsFill>;

// One stage of one row. Recharts clones this element with the geometry; the count is written
// on the segment too, so the chart reads without colour at all.
function Segment(props: Partial<BarShapeProps> & { stage: Stage; stageLabel: string }) {
  const router = useRouter();
  const { x = 0, y = 0, width = 0, height = 0, fill, payload, stage, stageLabel } = props;
  const datum = payload as Datum | undefined;
  const count = datum?.[stage] ?? 0;
  if (!datum || count === 0 || width <= 0) return <g />;
  return (
    <g className="cursor-pointer" onClick={() => router.push(datum.row.hrefs[stage])}>
      <rect x={x} y={y} width={width} height={height} fill={fill} stroke="#fff" strokeWidth={1}
        data-row={datum.row.key} data-stage={stage} data-count={count}>
        <title>{`${datum.row.label} · ${stageLabel}: ${count}`}</title>
      </rect>
      {width >= 16 && (
        <text x={x + width / 2} y={y + height / 2} textAnchor="middle" dominantBaseline="central" fontSize={11} fontWeight={600}
          fill="#111" stroke="#fff" strokeWidth={3} paintOrder="stroke" pointerEvents="none">{count}</text>
      )}
    </g>
  );
}

function RowTick(props: { x?: number; y?: number; payload?: { value: string }; rows: StageChartRow[] }) {
  const router = useRouter();
  const row = props.rows.find((r) => r.key === props.payload?.value);
  if (!row) return null;
  return (
    <g transform={`translate(${props.x ?? 0},${props.y ?? 0})`} className="cursor-pointer" onClick={() => router.push(row.href)}>
      <text textAnchor="end" x={-6} y={-3} fontSize={13} fontWeight={600} fill="#0f172a">{row.label}</text>
      <text textAnchor="end" x={-6} y={12} fontSize={11} fill="#475569">{row.note}</text>
    </g>
  );
}

const ROW_HEIGHT = 46;

export function StageChart({ rows, stageLabels, label, testId }: {
  rows: StageChartRow[]; stageLabels: Record<Stage, string>; label: string; testId: string;
}) {
  const data: Datum[] = rows.map((row) => ({ ...row.counts, row }));
  const shown = STAGES.filter((stage) => rows.some((r) => r.counts[stage] > 0));
  const height = rows.length * ROW_HEIGHT + 70;
  return (
    // The chart is for the eye; the table beside it carries the same numbers for everyone else.
    <div role="img" aria-label={label} data-testid={testId} className="w-full print:break-inside-avoid" style={{ height }}>
      <BarChart layout="vertical" data={data} responsive style={{ width: '100%', height }} accessibilityLayer={false}
        margin={{ top: 4, right: 12, bottom: 4, left: 4 }} barCategoryGap="22%">
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: '#475569' }} stroke="#cbd5e1" />
        <YAxis type="category" dataKey={(d: Datum) => d.row.key} width={132} tickLine={false} stroke="#cbd5e1" interval={0}
          tick={<RowTick rows={rows} />} />
        <Legend verticalAlign="top" height={36} iconSize={12} itemSorter={null} wrapperStyle={{ fontSize: 12 }}
          formatter={(value: string) => <span style={{ color: '#334155' }}>{value}</span>} />
        {shown.map((stage) => (
          <Bar key={stage} dataKey={stage} name={stageLabels[stage]} stackId="stages" fill={FILL[stage]} isAnimationActive={false}
            shape={<Segment stage={stage} stageLabel={stageLabels[stage]} />} />
        ))}
      </BarChart>
    </div>
  );
}
