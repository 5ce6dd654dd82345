import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatCell, parentCell, parseCell } from '@/lib/geo/map-grid';
import type { Badge } from './map-clusters';
import { mapHref, type MapState } from './map-url';

// A link one step out of the zoomed-in cell: to the cell that holds it, or to the whole view.
async function ZoomOut({ state }: { state: MapState }) {
  const t = await getTranslations();
  const cell = state.cell ? parseCell(state.cell) : null;
  if (!cell) return null;
  const parent = parentCell(cell);
  return (
    <Link
      href={mapHref(state, { cell: parent ? formatCell(parent) : undefined, project: undefined })}
      scroll={false}
      className="inline-block text-sm text-brand-700 underline"
    >
      {t('map.clusters.zoomOut')}
    </Link>
  );
}

// The map's counts as a list: what the badges say, for keyboards, screen readers and anyone
// who would rather read than look. Each entry zooms in, as its badge does.
export async function ClusterSummary({
  badges,
  byCity,
  located,
  state,
}: {
  badges: Badge[];
  byCity: boolean;
  located: number;
  state: MapState;
}) {
  const t = await getTranslations();
  const sorted = [...badges].sort((a, b) => b.total - a.total);
  return (
    <section
      aria-labelledby="map-clusters-heading"
      data-testid="map-cluster-summary"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="map-clusters-heading" className="text-lg font-semibold">
        {t('map.clusters.heading')}
      </h2>
      <p className="text-sm text-slate-700">
        {t(byCity ? 'map.clusters.byCity' : 'map.clusters.byArea', { count: located })} {t('map.clusters.ring')}
      </p>
      <ul className="max-h-72 space-y-0.5 overflow-y-auto text-sm">
        {sorted.map((b) => (
          <li key={b.key}>
            <Link
              href={b.href}
              scroll={false}
              className="flex justify-between gap-3 rounded-md px-2 py-1.5 hover:bg-slate-50"
            >
              <span className="text-brand-700 underline">{b.name}</span>
              <span className="shrink-0 tabular-nums text-slate-600">
                {t('map.clusters.count', { count: b.total })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <ZoomOut state={state} />
    </section>
  );
}

// Over a zoomed-in cell whose projects are drawn one by one: where the reader is, and the way out.
export async function ZoomedCellNotice({ state, located, shown }: { state: MapState; located: number; shown: number }) {
  const t = await getTranslations();
  if (!state.cell) return null;
  return (
    <section
      aria-label={t('map.clusters.cellHeading')}
      className="space-y-1 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm"
    >
      <p>
        {shown < located
          ? t('map.clusters.cellCapped', { shown, count: located })
          : t('map.clusters.cellAll', { count: located })}
      </p>
      <ZoomOut state={state} />
    </section>
  );
}
