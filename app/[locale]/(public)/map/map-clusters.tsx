import { getLocale, getTranslations } from 'next-intl/server';
import { categoriesOf, type CategoryCounts } from '@/db/map/clusters';
import type { ProvinceSvg, XY } from '@/lib/geo/province-svg';
import { cellBounds, formatCell, type GridCell } from '@/lib/geo/map-grid';
import { localized } from '@/lib/i18n/localized';
import type { MapView } from './map-data';
import { toPixels } from './map-layers';
import { categoryStyle } from './map-style';
import { mapHref, type MapState } from './map-url';

const BRAND = '#174a96';

export type ClusterView = Exclude<MapView, { mode: 'projects' }>;
export type Badge = {
  key: string;
  at: XY;
  below: boolean;
  total: number;
  byCategory: CategoryCounts;
  href: string;
  name: string;
};

// One badge per city (under its name) or per grid cell (where its projects are, on average),
// each a link that zooms in: to the city, or to the cell one level finer.
type Names = { city: (code: string) => string; cell: (cell: GridCell) => string };

export function clusterBadges(view: ClusterView, svg: ProvinceSvg, state: MapState, names: Names): Badge[] {
  if (view.mode === 'cities') {
    return view.clusters.flatMap((c) => {
      const outline = svg.cities.find((o) => o.adcode === c.cityCode);
      return outline
        ? [
            {
              key: c.cityCode,
              at: outline.label,
              below: true,
              total: c.total,
              byCategory: c.byCategory,
              href: mapHref(state, { city: c.cityCode, project: undefined }),
              name: names.city(c.cityCode),
            },
          ]
        : [];
    });
  }
  return view.clusters.map((c) => ({
    key: formatCell(c.cell),
    at: c.at,
    below: false,
    total: c.total,
    byCategory: c.byCategory,
    href: mapHref(state, { cell: formatCell(c.cell), project: undefined }),
    name: names.cell(c.cell),
  }));
}

// Bigger for more projects, but slowly: a badge for 30,000 is not a hundred times one for 300.
function radius(total: number): number {
  return Math.round(12 + 3 * Math.log10(Math.max(1, total)));
}

// The badge's ring shows each category's share in its colour, in the legend's order.
function CategoryRing({ r, byCategory, total }: { r: number; byCategory: CategoryCounts; total: number }) {
  const shares = categoriesOf(byCategory).map(([category, n]) => ({
    category,
    share: Math.round((n / total) * 10000) / 100,
  }));
  const starts = shares.map((_, i) => shares.slice(0, i).reduce((sum, s) => sum + s.share, 0));
  return (
    <g transform="rotate(-90)">
      {shares.map(({ category, share }, i) => (
        <circle
          key={category}
          r={r}
          fill="none"
          stroke={categoryStyle(category).color}
          strokeWidth={5}
          pathLength={100}
          strokeDasharray={`${share} ${Math.round((100 - share) * 100) / 100}`}
          strokeDashoffset={-Math.round(starts[i] * 100) / 100}
        />
      ))}
    </g>
  );
}

// Made once per language: a number format is slow to build and the page is drawn per request.
const COMPACT = {
  en: new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }),
  zh: new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 1 }),
};
const WHOLE = { en: new Intl.NumberFormat('en'), zh: new Intl.NumberFormat('zh-CN') };

export async function MapClusters({ badges }: { badges: Badge[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const compact = locale === 'en' ? COMPACT.en : COMPACT.zh;
  const whole = locale === 'en' ? WHOLE.en : WHOLE.zh;
  const breakdown = (counts: CategoryCounts) =>
    categoriesOf(counts)
      .map(([c, n]) => `${t(`category.${c}`)} ${whole.format(n)}`)
      .join(locale === 'en' ? ', ' : '，');
  return (
    <g>
      {badges.map((b) => {
        const r = radius(b.total);
        const label = t('map.clusters.badgeLabel', { name: b.name, count: b.total });
        return (
          <a
            key={b.key}
            href={b.href}
            aria-label={label}
            data-testid="map-cluster"
            data-count={b.total}
            className="group/c cursor-pointer outline-none"
          >
            <title>{`${label}\n${breakdown(b.byCategory)}`}</title>
            <g transform={`translate(${b.at[0]} ${b.at[1]})`}>
              <g style={toPixels}>
                <g transform={b.below ? `translate(0 ${r + 12})` : undefined}>
                  <circle r={r + 4} fill="#ffffff" stroke="#1f2937" strokeWidth={1} />
                  <CategoryRing r={r} byCategory={b.byCategory} total={b.total} />
                  <circle r={r - 3} fill={BRAND} className="group-hover/c:fill-[#0f3470]" />
                  <circle
                    r={r + 7}
                    fill="none"
                    stroke={BRAND}
                    strokeWidth={3}
                    className="hidden group-focus-visible/c:inline"
                  />
                  <text
                    textAnchor="middle"
                    dominantBaseline="central"
                    fill="#ffffff"
                    fontSize={r > 20 ? 13 : 11}
                    fontWeight={700}
                    aria-hidden="true"
                  >
                    {compact.format(b.total)}
                  </text>
                </g>
              </g>
            </g>
          </a>
        );
      })}
    </g>
  );
}

// Names for the badges and the list of counts: a city by its name, a cell by its edges.
export async function clusterNames(cities: { code: string; nameZh: string; nameEn: string }[]): Promise<Names> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const names = new Map(cities.map((c) => [c.code, localized(locale, c.nameZh, c.nameEn)]));
  const degrees = (v: number) => v.toFixed(2).replace(/0$/, '');
  return {
    city: (code) => names.get(code) ?? code,
    cell: (cell) => {
      const b = cellBounds(cell);
      return t('map.clusters.cellName', {
        south: degrees(b.south),
        north: degrees(b.north),
        west: degrees(b.west),
        east: degrees(b.east),
      });
    },
  };
}
