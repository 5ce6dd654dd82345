import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { SearchGroup } from '@/db/search/queries';
import type { SearchHit } from '@/db/search/results';
import { highlight, snippet } from '@/lib/search/highlight';
import { localized } from '@/lib/i18n/localized';
import { HighlightedText } from './highlighted-text';
import { StageBadge } from './stage-badge';

type HitHref = (hit: SearchHit) => string | null;

async function SearchHitItem({ hit, query, href }: { hit: SearchHit; query: string; href: HitHref }) {
  const [t, locale] = await Promise.all([getTranslations('search'), getLocale()]);
  const name = highlight(localized(locale, hit.nameZh, hit.nameEn), query);
  const other = highlight(localized(locale === 'en' ? 'zh' : 'en', hit.nameZh, hit.nameEn), query);
  const inName = name.some((p) => p.mark) || other.some((p) => p.mark);
  const context = inName ? null : hit.texts.map((text) => snippet(text, query)).find(Boolean);
  const link = href(hit);
  const cities = locale === 'en' ? hit.citiesEn : hit.citiesZh;
  return (
    <li className="space-y-1 px-4 py-3">
      <p className="flex flex-wrap items-center gap-2">
        {link ? (
          <Link href={link} className="font-medium text-brand-700 hover:underline">
            <HighlightedText pieces={name} />
          </Link>
        ) : (
          <span className="font-medium">
            <HighlightedText pieces={name} />
          </span>
        )}
        {hit.stage && <StageBadge stage={hit.stage} />}
        {hit.draft && (
          <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-800">{t('draft')}</span>
        )}
      </p>
      <p className="text-xs text-slate-600">
        {t(`kinds.${hit.kind}`)} · <code>{hit.code}</code>
        {cities.length > 0 && ` · ${cities.join(locale === 'en' ? ', ' : '、')}`}
      </p>
      {/* The other language's name too, where the query matched it (G3 is only in the English one). */}
      {other.some((p) => p.mark) && hit.nameEn !== hit.nameZh && (
        <p lang={locale === 'en' ? 'zh-CN' : 'en'} className="text-sm text-slate-700">
          <HighlightedText pieces={other} />
        </p>
      )}
      {context && (
        <p className="text-sm text-slate-700">
          <HighlightedText pieces={context} />
        </p>
      )}
    </li>
  );
}

// Results grouped by kind, each group with its count; the count of all is announced.
export async function SearchResults({
  groups,
  query,
  href,
  allProjectsHref,
}: {
  groups: SearchGroup[];
  query: string;
  href: HitHref;
  allProjectsHref?: string;
}) {
  const t = await getTranslations('search');
  const total = groups.reduce((sum, g) => sum + g.total, 0);
  const capped = groups.some((g) => g.more);
  return (
    <div className="space-y-6">
      <p role="status" className="text-sm text-slate-700">
        {total === 0 ? t('none', { q: query }) : t(capped ? 'countCapped' : 'count', { count: total })}
      </p>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`results-${group.kind}`} className="space-y-2">
          <h2 id={`results-${group.kind}`} className="text-lg font-semibold">
            {t(`kinds.${group.kind}`)}{' '}
            <span className="text-sm font-normal text-slate-600">
              ({t(group.more ? 'groupCountCapped' : 'groupCount', { count: group.total })})
            </span>
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {group.hits.map((hit) => (
              <SearchHitItem key={hit.code} hit={hit} query={query} href={href} />
            ))}
          </ul>
          {group.kind === 'project' && allProjectsHref && group.total > group.hits.length && (
            <p className="text-sm">
              <Link href={allProjectsHref} className="text-brand-700 underline">
                {t('allProjects')}
              </Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
