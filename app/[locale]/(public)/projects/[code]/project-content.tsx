import { feedMetadata } from '@/app/feed-metadata';
import { FeedLinks } from '@/components/feed-links';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { cachedRead } from '@/app/cached-read';
import { FactList } from '@/components/fact-list';
import { ProgressMeter } from '@/components/progress-meter';
import { StageBadge } from '@/components/stage-badge';
import type { ReadScope } from '@/db/core/read-scope';
import { fetchProjectByCode } from '@/db/projects/queries';
import { fetchProjectHistoryPage } from '@/db/projects/project-history';
import { projectTag, RECORDS_TAG } from '@/lib/cache-tags';
import { formatDay } from '@/lib/format-date';
import { localized } from '@/lib/i18n/localized';
import { RECORD_CODE } from '@/lib/validation/fields';
import { ProjectHistory } from './project-history';
import { ScheduleBar } from './schedule-bar';

function readProject(scope: ReadScope, code: string, before?: number) {
  const found = fetchProjectByCode(scope, code);
  return found && { ...found, history: fetchProjectHistoryPage(scope, found.project.id, before) };
}

// The public's copy of a project is kept under the project's own tag, so a write to one project
// leaves every other project's page in the cache (db/core/expire-public-data.ts).
// (An address that is no project's code is answered as not found, and never kept; nor are older
// pages of the history, whose addresses anyone can vary.)
function readProjectAs(scope: ReadScope, code: string, before?: number) {
  if (scope === 'internal' || !RECORD_CODE.test(code) || before !== undefined) return readProject(scope, code, before);
  return cachedRead(['project', code], [projectTag(code), RECORDS_TAG], () => readProject('public', code))();
}

export async function projectMetadata(scope: ReadScope, code: string): Promise<Metadata> {
  const [locale, found] = await Promise.all([getLocale(), readProjectAs(scope, code)]);
  if (!found) return { title: code };
  const title = localized(locale, found.project.nameZh, found.project.nameEn);
  // A draft, which staff read here, has no public feed to announce.
  return found.project.publication === 'published' ? { title, ...(await feedMetadata({ project: code })) } : { title };
}

// A project's page; signed-out readers get it from the full-route cache (projects/cached-view).
// `before` shows older entries of the history (history-cursor.ts).
export async function ProjectContent({
  scope,
  code,
  history: { before, invalid } = { invalid: false },
}: {
  scope: ReadScope;
  code: string;
  history?: { before?: number; invalid: boolean };
}) {
  const [t, locale, found] = await Promise.all([getTranslations(), getLocale(), readProjectAs(scope, code, before)]);
  if (!found) notFound();
  const { project, cities, districts, agreements, plans, history } = found;
  const name = (r: { nameZh: string; nameEn: string }) => localized(locale, r.nameZh, r.nameEn);
  const facts: [string, React.ReactNode][] = [
    [t('project.code'), <code key="c">{project.code}</code>],
    [t('project.category'), t(`category.${project.category}`)],
    [t('project.stage'), <StageBadge key="s" stage={project.stage} />],
    [t('project.health'), project.health ? t(`health.${project.health}`) : t('common.notGiven')],
    [
      t('project.progress'),
      <ProgressMeter
        key="p"
        value={project.progress}
        label={t('project.progress')}
        unknownLabel={t('projects.progressUnknown')}
      />,
    ],
    [t('project.cities'), cities.map(name).join('、') || t('common.none')],
    [t('project.districts'), districts.map(name).join('、') || t('common.none')],
    [t('project.lastVerified'), formatDay(project.lastVerifiedAt) ?? t('common.notGiven')],
  ];

  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">
          <Link href="/projects" className="underline">
            {t('projects.title')}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{name(project)}</h1>
        {locale === 'zh' ? (
          <p lang="en" className="text-slate-600">
            {project.nameEn}
          </p>
        ) : (
          <p lang="zh-CN" className="text-slate-600">
            {project.nameZh}
          </p>
        )}
        {project.publication === 'draft' && (
          <p className="inline-block rounded bg-amber-100 px-2 text-sm text-amber-900">{t('common.draft')}</p>
        )}
        {project.publication === 'published' && <FeedLinks follow={{ project: project.code }} />}
      </header>
      <p className="max-w-3xl leading-relaxed">{localized(locale, project.descriptionZh, project.descriptionEn)}</p>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="facts" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="facts" className="mb-3 font-semibold">
            {t('project.facts')}
          </h2>
          <FactList items={facts} />
        </section>
        <section aria-labelledby="dates" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="dates" className="mb-3 font-semibold">
            {t('project.dates')}
          </h2>
          <ScheduleBar schedule={project} />
          {project.geometry && (
            <p className="mt-4 text-sm">
              <Link className="text-brand-700 underline" href={`/map?project=${project.code}`}>
                {t('project.openOnMap')}
              </Link>{' '}
              <span className="text-slate-500">({t('common.approximate')})</span>
            </p>
          )}
        </section>
      </div>
      <section aria-labelledby="agreements" className="space-y-2">
        <h2 id="agreements" className="font-semibold">
          {t('project.agreements')}
        </h2>
        {agreements.length === 0 ? (
          <p className="text-sm text-slate-600">{t('project.noAgreements')}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {agreements.map((a) => (
              <li key={a.code}>
                {name(a)}
                {a.signedOn && <span className="text-slate-500"> · {a.signedOn}</span>}
              </li>
            ))}
          </ul>
        )}
        {plans.length > 0 && (
          <p className="text-sm">
            <span className="text-slate-500">{t('project.plans')}：</span>
            {plans.map(name).join('；')}
          </p>
        )}
      </section>
      <section aria-labelledby="source" className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4">
        <h2 id="source" className="mb-1 text-sm font-semibold">
          {t('common.sourceQuote')}
        </h2>
        <blockquote lang="zh-CN" className="text-sm leading-relaxed text-slate-800">
          {project.sourceQuote}
        </blockquote>
      </section>
      <ProjectHistory page={history} path={`/projects/${project.code}`} invalidBefore={invalid} />
    </article>
  );
}
