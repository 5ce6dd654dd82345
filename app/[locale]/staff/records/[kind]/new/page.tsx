import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { fetchCities } from '@/db/places/queries';
import { requireUser } from '@/db/accounts/current-user';
import { can } from '@/lib/auth/permissions';
import { localized } from '@/lib/i18n/localized';
import { RECORD_FIELDS, isRecordKind } from '../../record-fields';
import { RecordForm } from '../../record-form';

export default async function NewRecordPage({ params }: { params: Promise<{ kind: string }> }) {
  const [{ kind }, user, t, locale] = await Promise.all([
    params,
    requireUser(),
    getTranslations('editing.records'),
    getLocale(),
  ]);
  if (!isRecordKind(kind)) notFound();
  const cities = fetchCities()
    .filter((c) => can(user, 'edit_record', { cityCodes: [c.code] }))
    .map((c) => ({ value: c.code, label: localized(locale, c.nameZh, c.nameEn) }));
  const initial = Object.fromEntries(
    RECORD_FIELDS[kind].filter((f) => f.type === 'select').map((f) => [f.name, f.options![0]]),
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {t('createTitle')} · {t(`kinds.${kind}`)}
      </h1>
      {cities.length === 0 ? (
        <p className="text-sm">{t('cannotCreate')}</p>
      ) : (
        <RecordForm
          kind={kind}
          mode="create"
          initial={{ ...initial, publication: 'draft', cityCodes: user.cityCodes }}
          cities={cities}
          canPublish={false}
        />
      )}
    </div>
  );
}
