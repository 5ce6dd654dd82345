'use client';

export type FigureCell = { value: string | number; href?: string };
export type FigureRow = { key: string; header: FigureCell; cells: FigureCell[] };

function Cell({ cell }: { cell: FigureCell }) {
  return cell.href ? <a href={cell.href}>{cell.value}</a> : <>{cell.value}</>;
}

// The drawing of a figure table (figure-table.tsx): a client component given the figures, so the
// page's RSC payload carries them rather than the table's every element after the HTML.
export function FigureTableView({
  caption,
  columns,
  rows,
  testId,
  open,
  showLabel,
}: {
  caption: string;
  columns: string[];
  rows: FigureRow[];
  testId: string;
  open: boolean;
  showLabel: string;
}) {
  const table = (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table data-testid={testId} className="stage-table w-full border-collapse text-sm print:text-xs">
        <caption className="px-3 py-2 text-left text-xs text-slate-600">{caption}</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">
                <Cell cell={row.header} />
              </th>
              {row.cells.map((cell, i) => (
                <td key={i}>
                  <Cell cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (open) return table;
  return (
    <details className="group mt-3 rounded-lg border border-slate-200 print:border-0">
      <summary className="no-print cursor-pointer select-none px-3 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50">
        {showLabel}
      </summary>
      <div className="border-t border-slate-200 print:border-0">{table}</div>
    </details>
  );
}
