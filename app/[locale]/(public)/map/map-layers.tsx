import { getLocale, getTranslations } from 'next-intl/server';
import type { CSSProperties, ReactNode } from 'react';
import { localized } from '@/lib/i18n/localized';
import { outlinesVersion, type ProvinceSvg } from '@/lib/geo/province-svg';
import type { MapProject } from './map-data';
import { MapGlyph } from './map-glyph';
import { categoryStyle, stageStyle } from './map-style';
import { mapHref, type MapState } from './map-url';

const BRAND = '#174a96';
// Sizes in screen pixels: --k is SVG units per pixel, set by the canvas as it zooms.
const perPixel = (px: number): CSSProperties => ({
  fontSize: `calc(var(--k) * ${px}px)`,
  strokeWidth: `calc(var(--k) * ${px / 4}px)`,
});
export const toPixels: CSSProperties = { transform: 'scale(var(--k))' };

function CityOutlines({
  svg,
  state,
  cityLabel,
}: {
  svg: ProvinceSvg;
  state: MapState;
  cityLabel: (name: string) => string;
}) {
  const href = (adcode: string) => `/map/outlines.svg?v=${outlinesVersion()}#c${adcode}`;
  return (
    <g strokeLinejoin="round">
      {svg.cities
        .filter((c) => !c.inCircle)
        .map((c) => (
          <use key={c.adcode} href={href(c.adcode)} fill="#e3e7ec" stroke="#ffffff" strokeWidth={1} />
        ))}
      {svg.cities
        .filter((c) => c.inCircle)
        .map((c) => {
          const chosen = state.city === c.adcode;
          // Mouse and touch can pick a city on the map; keyboards use the city filter links, so
          // these stay out of the tab order instead of adding seven more stops.
          return (
            <a
              key={c.adcode}
              href={mapHref(state, { city: c.adcode, project: undefined })}
              tabIndex={-1}
              aria-label={cityLabel(c.nameZh)}
              data-testid="circle-city"
              data-adcode={c.adcode}
              className="cursor-pointer [&:hover>use]:fill-[#f1f6ff]"
            >
              <use
                href={href(c.adcode)}
                fill={chosen ? '#e0ecff' : '#ffffff'}
                stroke={chosen ? BRAND : '#64748b'}
                strokeWidth={chosen ? 2.2 : 1.1}
              />
            </a>
          );
        })}
    </g>
  );
}

function CityLabels({ svg, locale }: { svg: ProvinceSvg; locale: string }) {
  return (
    <g
      aria-hidden="true"
      pointerEvents="none"
      textAnchor="middle"
      dominantBaseline="central"
      stroke="#ffffff"
      strokeLinejoin="round"
      style={{ paintOrder: 'stroke' }}
    >
      {svg.cities.map((c) => (
        <text
          key={c.adcode}
          x={c.label[0]}
          y={c.label[1]}
          fill={c.inCircle ? '#0f172a' : '#64748b'}
          fontWeight={c.inCircle ? 600 : 400}
          style={perPixel(c.inCircle ? 14 : 11)}
          lang={locale === 'en' ? 'en' : 'zh-CN'}
        >
          {localized(locale, c.nameZh, c.nameEn)}
        </text>
      ))}
    </g>
  );
}

const lineStroke = {
  fill: 'none',
  vectorEffect: 'non-scaling-stroke',
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

// A corridor's line, drawn beneath the city names. It is a second way to pick the project by
// mouse or touch; keyboards and screen readers use the project's symbol, so it is hidden from them.
function CorridorLine({
  project,
  d,
  selected,
  href,
}: {
  project: MapProject;
  d: string;
  selected: boolean;
  href: string;
}) {
  const { color } = categoryStyle(project.category);
  const { dash, muted } = stageStyle(project.stage);
  return (
    <a href={href} tabIndex={-1} aria-hidden="true" data-line-of={project.code} className="cursor-pointer">
      {selected && <path d={d} {...lineStroke} stroke={BRAND} strokeWidth={10} />}
      <path d={d} {...lineStroke} stroke="#ffffff" strokeWidth={6.5} />
      <path
        d={d}
        {...lineStroke}
        stroke={color}
        strokeWidth={3.5}
        strokeDasharray={dash ?? undefined}
        opacity={muted ? 0.55 : undefined}
      />
      <path d={d} {...lineStroke} stroke="transparent" strokeWidth={18} pointerEvents="stroke" />
    </a>
  );
}

// A project's symbol: at the site, or halfway along the corridor. One focusable link each.
function ProjectSymbol({
  project,
  selected,
  href,
  label,
}: {
  project: MapProject;
  selected: boolean;
  href: string;
  label: string;
}) {
  const [x, y] = project.shape.at;
  return (
    <a
      href={href}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      data-testid="map-project"
      data-code={project.code}
      data-category={project.category}
      data-stage={project.stage}
      data-kind={project.shape.kind}
      className="group/p cursor-pointer outline-none"
    >
      <title>{label}</title>
      <g transform={`translate(${x} ${y})`}>
        <g style={toPixels}>
          <circle r={13} fill="transparent" />
          <circle
            r={11.5}
            fill="#ffffff"
            fillOpacity={0.6}
            stroke={BRAND}
            strokeWidth={3}
            className={selected ? undefined : 'hidden group-focus-visible/p:inline'}
          />
          <MapGlyph category={project.category} stage={project.stage} />
        </g>
      </g>
    </a>
  );
}

// The map's drawing, rendered on the server: outlines, corridors, city names, then one
// symbol per project on top, each a link. A map of counts draws its badges (`counts`) above
// the names, and only the selected project's symbol.
export async function MapLayers({
  svg,
  projects,
  state,
  counts,
}: {
  svg: ProvinceSvg;
  projects: MapProject[];
  state: MapState;
  counts?: ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const name = (p: { nameZh: string; nameEn: string }) => localized(locale, p.nameZh, p.nameEn);
  const cityName = new Map(svg.cities.map((c) => [c.nameZh, localized(locale, c.nameZh, c.nameEn)]));
  // The selected project is drawn last, so nothing covers it.
  const sorted = [...projects].sort((a, b) => Number(a.code === state.project) - Number(b.code === state.project));
  const href = (p: MapProject) => mapHref(state, { project: p.code });
  return (
    <>
      <CityOutlines svg={svg} state={state} cityLabel={(zh) => t('map.cityLink', { city: cityName.get(zh) ?? zh })} />
      <g>
        {sorted.map(
          (p) =>
            p.shape.kind === 'line' && (
              <CorridorLine key={p.code} project={p} d={p.shape.d} selected={p.code === state.project} href={href(p)} />
            ),
        )}
      </g>
      <CityLabels svg={svg} locale={locale} />
      {counts}
      <g>
        {sorted.map((p) => (
          <ProjectSymbol
            key={p.code}
            project={p}
            selected={p.code === state.project}
            href={href(p)}
            label={t('map.shapeLabel', {
              name: name(p),
              category: t(`category.${p.category}`),
              stage: t(`stage.${p.stage}`),
            })}
          />
        ))}
      </g>
    </>
  );
}
