import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { FactList } from '@/components/fact-list';
import { ProgressMeter } from '@/components/progress-meter';
import { StageBadge } from '@/components/stage-badge';
import type { MapProjectDetail } from '@/db/map/queries';
import { formatDay } from '@/lib/format-date';
import { localized } from '@/lib/i18n/localized';
import { joinNames } from './join-names';
import { GlyphIcon } from './map-glyph';
import { mapHref, type MapState } from './map-url';
import { PanelSheet } from './panel-sheet';

const HEADING_ID = 'project-panel-heading';

// The public facts of the selected project. Only what fetchMapProjectDetail returns can be
// shown here, and it returns nothing internal.
export async function ProjectPanel({ detail, state }: { detail: MapProjectDetail; state: MapState }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const name = (r: { nameZh: string; nameEn: string }) => localized(locale, r.nameZh, r.nameEn);
  const dates = (
    [
      ['plannedStart', detail.plannedStart],
      ['plannedEnd', detail.plannedEnd],
      ['actualStart', detail.actualStart],
      ['actualEnd', detail.actualEnd],
    ] as const
  ).filter(([, value]) => value);
  const facts: [string, React.ReactNode][] = [
    [
      t('map.panel.category'),
      <span key="c" className="inline-flex items-center gap-1.5">
        <GlyphIcon category={detail.category} stage={detail.stage} size={16} />
        {t(`category.${detail.category}`)}
      </span>,
    ],
    [t('map.panel.stage'), <StageBadge key="s" stage={detail.stage} />],
    [
      t('map.panel.progress'),
      <ProgressMeter
        key="p"
        value={detail.progress}
        label={t('map.panel.progress')}
        unknownLabel={t('map.panel.progressUnknown')}
      />,
    ],
    [t('map.panel.cities'), joinNames(locale, detail.cities.map(name))],
    [t('map.panel.lastVerified'), formatDay(detail.lastVerifiedAt) ?? t('map.panel.notVerified')],
  ];
  const section = 'space-y-1.5 border-t border-slate-100 pt-3';
  const heading = 'text-sm font-semibold text-slate-800';

  return (
    <PanelSheet
      panelKey={detail.code}
      closeHref={mapHref(state, { project: undefined })}
      headingId={HEADING_ID}
      closeText={t('map.panel.close')}
      closeLabel={t('map.panel.closeLabel')}
    >
      <div className="space-y-4">
        <header className="flex items-start gap-3 pr-20">
          <GlyphIcon category={detail.category} stage={detail.stage} size={30} />
          <div className="min-w-0">
            <h2 id={HEADING_ID} tabIndex={-1} className="text-lg font-semibold leading-snug">
              {name(detail)}
            </h2>
            {locale === 'zh' ? (
              <p lang="en" className="text-sm text-slate-500">
                {detail.nameEn}
              </p>
            ) : (
              <p lang="zh-CN" className="text-sm text-slate-500">
                {detail.nameZh}
              </p>
            )}
          </div>
        </header>
        <FactList items={facts} />
        <section className={section}>
          <h3 className={heading}>{t('map.panel.dates')}</h3>
          {dates.length === 0 ? (
            <p className="text-sm text-slate-600">{t('map.panel.noDates')}</p>
          ) : (
            <FactList items={dates.map(([key, value]) => [t(`map.panel.${key}`), value])} />
          )}
        </section>
        <section className={section}>
          <h3 className={heading}>{t('map.panel.agreements')}</h3>
          {detail.agreements.length === 0 ? (
            <p className="text-sm text-slate-600">{t('map.panel.noAgreements')}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {detail.agreements.map((a) => (
                <li key={a.code}>
                  {name(a)}
                  {a.signedOn && <span className="text-slate-500"> · {a.signedOn}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className={section}>
          <h3 className={heading}>{t('map.panel.evidence')}</h3>
          {detail.evidence.length === 0 ? (
            <p className="text-sm text-slate-600">{t('map.panel.noEvidence')}</p>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="panel-evidence">
              {detail.evidence.map((e) => (
                <li key={e.id}>
                  <span className="font-medium">{e.fileName}</span>
                  <span className="block text-xs text-slate-500">
                    {t('map.panel.evidenceMeta', {
                      type: e.mimeType,
                      size: Math.max(1, Math.round(e.sizeBytes / 1024)),
                      date: formatDay(e.createdAt) ?? '',
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-3">
          <h3 className="mb-1 text-xs font-semibold text-slate-700">{t('map.panel.source')}</h3>
          <blockquote lang="zh-CN" className="text-sm leading-relaxed text-slate-800">
            {detail.sourceQuote}
          </blockquote>
        </section>
        <p className="text-xs text-slate-500">{t('map.panel.approximate')}</p>
        <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <Link href={mapHref({ project: detail.code })} scroll={false} className="text-brand-700 underline">
            {t('map.panel.permalink')}
          </Link>
          <Link href={`/projects/${detail.code}`} className="text-brand-700 underline">
            {t('map.panel.details')}
          </Link>
        </div>
      </div>
    </PanelSheet>
  );
}
