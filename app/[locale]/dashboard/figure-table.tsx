import { getTranslations } from 'next-intl/server';

export type FigureCell = { value: string | number; href?: string };
export type FigureRow = { key: string; header: FigureCell; cells: FigureCell[] };

function Cell({ cell }: { cell: FigureCell }) {
  return cell.href ? <a href={cell.href}>{cell.value}</a> : <>{cell.value}</>;
}

// A chart's text alternative, or a card's table: the same figures, each a link to the list it
// counts, inside a <details> unless `open` (like StageTable).
export async function FigureTable({
  caption,
  columns,
  rows,
  testId,
  open = false,
}: {
  caption: string;
  columns: string[];
  rows: FigureRow[];
  testId: string;
  open?: boolean;
}) {
  const t = await getTranslations('dashboard');
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
        {t('showTable')}
      </summary>
      <div className="border-t border-slate-200 print:border-0">{table}</div>
    </details>
  );
}
