import { getTranslations } from 'next-intl/server';
import { FigureTableView, type FigureCell, type FigureRow } from './figure-table-view';

export type { FigureCell, FigureRow };

// A chart's text alternative, or a card's table: the same figures, each a link to the list it
// counts, inside a <details> unless `open` (like StageTable).
export async function FigureTable(props: {
  caption: string;
  columns: string[];
  rows: FigureRow[];
  testId: string;
  open?: boolean;
}) {
  const t = await getTranslations('dashboard');
  return <FigureTableView {...props} open={props.open ?? false} showLabel={t('showTable')} />;
}
