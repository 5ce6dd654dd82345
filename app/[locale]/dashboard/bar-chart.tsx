import { getNiceTickValues } from 'recharts';
import { BarPlot, type BarRow } from './bar-plot';

export type { BarRow };

// One horizontal bar per row, drawn with the page like the stage charts (same layout classes),
// with the value written beside each bar so it reads without colour. Keyboards and screen
// readers use the table that every chart comes with; the bars are links for the pointer.
export function BarChart({ rows, label, testId }: { rows: BarRow[]; label: string; testId: string }) {
  const ticks = getNiceTickValues([0, Math.max(1, ...rows.map((r) => r.value))], 5, false);
  return <BarPlot rows={rows} ticks={ticks} label={label} testId={testId} />;
}
