import { getLocale, getTranslations } from 'next-intl/server';
import { FactList } from '@/components/fact-list';
import type { fetchProjectByCode } from '@/db/projects/queries';
import { localized } from '@/lib/i18n/localized';

// What a viewer (or an editor of other cities) sees instead of the form: every field, drafts
// and internal notes included, and nothing to change.
export async function ProjectReadOnly({ found }: { found: NonNullable<ReturnType<typeof fetchProjectByCode>> }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { project, cities } = found;
  const empty = t('common.notGiven');
  return (
    <section aria-labelledby="read-only" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="read-only" className="font-semibold">
        {t('editing.project.readOnlyTitle')}
      </h2>
      <p className="text-sm text-slate-600">{t('editing.project.readOnlyBody')}</p>
      <FactList
        items={[
          [t('project.stage'), t(`stage.${project.stage}`)],
          [
            t('project.health'),
            `${project.health ? t(`health.${project.health}`) : empty}${project.healthInternal ? ` (${t('editing.field.healthInternal')})` : ''}`,
          ],
          [t('project.progress'), project.progress === null ? empty : `${project.progress}%`],
          [t('project.plannedStart'), project.plannedStart ?? empty],
          [t('project.plannedEnd'), project.plannedEnd ?? empty],
          [t('project.actualStart'), project.actualStart ?? empty],
          [t('project.actualEnd'), project.actualEnd ?? empty],
          [t('project.cities'), cities.map((c) => localized(locale, c.nameZh, c.nameEn)).join('、')],
          [t('project.lastVerified'), project.lastVerifiedAt ?? empty],
          [t('project.field.publication'), t(`common.${project.publication}`)],
          [t('project.field.internalNote'), project.internalNote ?? empty],
        ]}
      />
    </section>
  );
}
