import { getLocale, getTranslations } from 'next-intl/server';
import { CATEGORIES, STAGE_GROUPS, stagesInGroup, type StageGroup } from '@/lib/enums';
import { joinNames } from './join-names';
import { GlyphIcon, GlyphShape } from './map-glyph';
import { GLYPH_PATH, STAGE_GROUP_STYLE } from './map-style';

const NEUTRAL = '#475569';

function StageSample({ group }: { group: StageGroup }) {
  const look = STAGE_GROUP_STYLE[group];
  return (
    <svg width={58} height={20} viewBox="-10 -10 58 20" aria-hidden="true" className="shrink-0">
      <path d="M14,0H46" stroke="#ffffff" strokeWidth={6.5} strokeLinecap="round" />
      <path
        d="M14,0H46"
        stroke={NEUTRAL}
        strokeWidth={3.5}
        strokeLinecap="round"
        strokeDasharray={look.dash ?? undefined}
        opacity={look.muted ? 0.55 : undefined}
      />
      <GlyphShape d={GLYPH_PATH.circle} color={NEUTRAL} ink="#ffffff" look={look} />
    </svg>
  );
}

// Explains both codes on the map: category by colour and shape, stage by fill and line.
export async function MapLegend() {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <section
      aria-labelledby="map-legend-heading"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm"
    >
      <h2 id="map-legend-heading" className="font-semibold">
        {t('map.legend.title')}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="mb-1.5 text-xs font-semibold text-slate-600">{t('map.legend.categories')}</h3>
          <ul className="grid grid-cols-2 gap-x-3 gap-y-1">
            {CATEGORIES.map((c) => (
              <li key={c} className="flex items-center gap-2">
                <GlyphIcon category={c} stage="implementation" />
                {t(`category.${c}`)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="mb-1.5 text-xs font-semibold text-slate-600">{t('map.legend.stages')}</h3>
          <ul className="space-y-1">
            {STAGE_GROUPS.map((g) => (
              <li key={g} className="flex items-center gap-2">
                <StageSample group={g} />
                <span>
                  <span className="block font-medium">{t(`map.stageGroup.${g}`)}</span>
                  <span className="block text-xs text-slate-600">{t(`map.legend.${g}`)}</span>
                  <span className="block text-xs text-slate-500">
                    {t('map.legend.includes', {
                      stages: joinNames(
                        locale,
                        stagesInGroup(g).map((s) => t(`stage.${s}`)),
                      ),
                    })}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <p className="text-xs text-slate-500">{t('map.legend.lines')}</p>
    </section>
  );
}
