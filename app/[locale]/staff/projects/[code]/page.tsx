import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ProjectHistory } from '@/app/[locale]/(public)/projects/[code]/project-history';
import { fetchCities } from '@/db/places/queries';
import { fetchProjectAttachments } from '@/db/evidence/queries';
import { fetchMilestones } from '@/db/milestones/queries';
import { fetchProjectByCode } from '@/db/projects/queries';
import { fetchProjectHistoryPage } from '@/db/projects/project-history';
import { parseHistoryBefore } from '@/app/[locale]/(public)/projects/[code]/history-cursor';
import { requireUser } from '@/db/accounts/current-user';
import { can } from '@/lib/auth/permissions';
import { currentReadScope } from '@/db/accounts/current-read-scope';
import { localized } from '@/lib/i18n/localized';
import { ProjectForm } from '../project-form';
import { projectFormValues } from '../project-form-values';
import { saveProjectAction } from './actions';
import { DeleteProjectForm } from './delete-project-form';
import { EvidenceList } from './evidence-list';
import { MilestonesSection } from './milestones-section';
import { ProjectReadOnly } from './project-read-only';

type Params = Promise<{ code: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Metadata is resolved even for a visitor whom the layout's sign-in check redirects, and goes
// out with that redirect, so it reads only what this visitor may see.
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ code }, locale, scope] = await Promise.all([params, getLocale(), currentReadScope()]);
  const found = fetchProjectByCode(scope, code);
  return { title: found ? localized(locale, found.project.nameZh, found.project.nameEn) : code };
}

export default async function StaffProjectPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const [{ code }, query, user, t, locale] = await Promise.all([
    params,
    searchParams,
    requireUser(),
    getTranslations(),
    getLocale(),
  ]);
  const history = parseHistoryBefore(query.before);
  const found = fetchProjectByCode('internal', code);
  if (!found) notFound();
  const { project } = found;
  const cityCodes = found.cities.map((c) => c.code);
  const editable = can(user, 'update_project', { cityCodes });
  const canPublish = can(user, 'publish_record', { cityCodes });
  const cities = fetchCities().map((c) => ({ value: c.code, label: localized(locale, c.nameZh, c.nameEn) }));
  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href="/staff/projects" className="text-brand-700 underline">
            {t('editing.project.listTitle')}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{localized(locale, project.nameZh, project.nameEn)}</h1>
        <p className="text-sm text-slate-600">
          <code>{project.code}</code> · {t('project.version')} {project.version} · {t(`common.${project.publication}`)}{' '}
          ·{' '}
          <Link href={`/projects/${project.code}`} className="text-brand-700 underline">
            {t('editing.project.publicPage')}
          </Link>
        </p>
      </header>
      {editable ? (
        <ProjectForm
          mode="edit"
          action={saveProjectAction}
          initial={projectFormValues(found)}
          version={project.version}
          cities={cities}
          canPublish={canPublish}
          canRebaseline={can(user, 'rebaseline')}
        />
      ) : (
        <ProjectReadOnly found={found} />
      )}
      <MilestonesSection
        code={project.code}
        milestones={fetchMilestones(project.id)}
        editable={editable}
        canPublish={canPublish}
      />
      <EvidenceList code={project.code} attachments={fetchProjectAttachments(project.id)} canPublish={canPublish} />
      <ProjectHistory
        page={fetchProjectHistoryPage('internal', project.id, history.before)}
        path={`/staff/projects/${project.code}`}
        invalidBefore={history.invalid}
      />
      {editable && <DeleteProjectForm code={project.code} version={project.version} />}
    </article>
  );
}
