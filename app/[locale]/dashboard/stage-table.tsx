'use client';

import { STAGES, type Stage } from '@/lib/enums';
import type { StageChartRow } from './stage-plot';

export type StageTableRow = StageChartRow & {
  total: number;
  average: string;
  reporting: string;
};

export type StageTableLabels = {
  show: string;
  stages: Record<Stage, string>;
  total: string;
  average: string;
  reporting: string;
};

// The chart's text alternative: the same numbers, each a link to the list it counts. Inside a
// <details> so it is one keystroke away without doubling the page; printed open.
// Plain <a>, here and on every card: the dashboard holds a few hundred links, and next/link
// would render each as a client component and prefetch every one in view.
// A client component for the same reason as the plot (stage-plot.tsx): the rows it is given are
// the plot's, so the page's RSC payload carries them once, not a second drawing of the table.
export function StageTable({
  rows,
  caption,
  rowHeader,
  testId,
  labels,
}: {
  rows: StageTableRow[];
  caption: string;
  rowHeader: string;
  testId: string;
  labels: StageTableLabels;
}) {
  return (
    <details className="group mt-3 rounded-lg border border-slate-200 print:border-0">
      <summary className="no-print cursor-pointer select-none px-3 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50">
        {labels.show}
      </summary>
      <div
        role="region"
        aria-label={caption}
        tabIndex={0}
        className="overflow-x-auto border-t border-slate-200 print:border-0"
      >
        {/* Cells and links are styled by .stage-table in globals.css: written once there rather than
            in every cell of the page. */}
        <table
          data-testid={testId}
          className="stage-table w-full min-w-[36rem] border-collapse text-sm print:min-w-0 print:text-xs"
        >
          <caption className="px-3 py-2 text-left text-xs text-slate-600">{caption}</caption>
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col">{rowHeader}</th>
              {STAGES.map((stage) => (
                <th key={stage} scope="col">
                  {labels.stages[stage]}
                </th>
              ))}
              <th scope="col">{labels.total}</th>
              <th scope="col">{labels.average}</th>
              <th scope="col">{labels.reporting}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">{row.total > 0 ? <a href={row.href}>{row.label}</a> : row.label}</th>
                {STAGES.map((stage: Stage) => (
                  <td key={stage} data-stage={stage}>
                    {row.counts[stage] > 0 ? <a href={row.hrefs[stage]}>{row.counts[stage]}</a> : 0}
                  </td>
                ))}
                <td className="font-semibold">{row.total}</td>
                <td>{row.average}</td>
                <td>{row.reporting}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
