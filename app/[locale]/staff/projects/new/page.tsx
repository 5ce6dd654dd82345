import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { fetchCities } from '@/db/places/queries';
import { requireUser } from '@/db/accounts/current-user';
import { can } from '@/lib/auth/permissions';
import { localized } from '@/lib/i18n/localized';
import { createProjectAction } from '../[code]/actions';
import { ProjectForm } from '../project-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editing.project'))('createTitle') };
}

export default async function NewProjectPage() {
  const [user, t, locale] = await Promise.all([requireUser(), getTranslations('editing.project'), getLocale()]);
  // Only the cities this editor may place a project in are offered.
  const cities = fetchCities()
    .filter((c) => can(user, 'create_project', { cityCodes: [c.code] }))
    .map((c) => ({ value: c.code, label: localized(locale, c.nameZh, c.nameEn) }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('createTitle')}</h1>
      {cities.length === 0 ? (
        <p className="text-sm">{t('cannotCreate')}</p>
      ) : (
        <ProjectForm
          mode="create"
          action={createProjectAction}
          cities={cities}
          canPublish={false}
          canRebaseline={can(user, 'rebaseline')}
          initial={{
            stage: 'identification',
            health: 'on_track',
            publication: 'draft',
            cityCodes: user.cityCodes,
            category: 'road',
          }}
        />
      )}
    </div>
  );
}
