import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/action-form';
import { fetchEditableRecord } from '@/db/records/editable';
import { fetchCities } from '@/db/places/queries';
import { requireUser } from '@/db/accounts/current-user';
import { can } from '@/lib/auth/permissions';
import { localized } from '@/lib/i18n/localized';
import { deleteRecordAction } from '../../actions';
import { isRecordKind, recordFormValues } from '../../record-fields';
import { RecordForm } from '../../record-form';

export default async function RecordEditPage({ params }: { params: Promise<{ kind: string; code: string }> }) {
  const [{ kind, code }, user, t, locale] = await Promise.all([
    params,
    requireUser(),
    getTranslations('editing'),
    getLocale(),
  ]);
  if (!isRecordKind(kind)) notFound();
  const record = fetchEditableRecord(kind, code);
  if (!record) notFound();
  const editable = can(user, 'edit_record', { cityCodes: record.cityCodes });
  const values = recordFormValues(record);
  const cities = fetchCities().map((c) => ({ value: c.code, label: localized(locale, c.nameZh, c.nameEn) }));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/staff/records/${kind}`} className="text-brand-700 underline">
          {t(`records.kinds.${kind}`)}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{localized(locale, String(values.nameZh), String(values.nameEn))}</h1>
      <p className="text-sm text-slate-600">
        <code>{record.code}</code> · v{record.version}
      </p>
      {editable ? (
        <>
          <RecordForm
            kind={kind}
            mode="edit"
            initial={values}
            version={record.version}
            cities={cities}
            canPublish={can(user, 'publish_record', { cityCodes: record.cityCodes })}
          />
          <ActionForm action={deleteRecordAction} className="rounded-lg border border-red-200 bg-white p-4">
            <input type="hidden" name="recordKind" value={kind} />
            <input type="hidden" name="code" value={record.code} />
            <input type="hidden" name="version" value={record.version} />
            <p className="mb-2 text-sm text-slate-600">{t('delete.recordBody')}</p>
            <button type="submit" className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white">
              {t('delete.submit')}
            </button>
          </ActionForm>
        </>
      ) : (
        <section aria-labelledby="read-only" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="read-only" className="mb-2 font-semibold">
            {t('project.readOnlyTitle')}
          </h2>
          <dl className="grid grid-cols-[10rem_1fr] gap-x-3 gap-y-1 text-sm">
            {Object.entries(values).map(([key, value]) => [
              <dt key={`${key}-t`} className="text-slate-500">
                {t.has(`field.${key}`) ? t(`field.${key}` as 'field.code') : key}
              </dt>,
              <dd key={`${key}-d`}>{Array.isArray(value) ? value.join('、') : value}</dd>,
            ])}
          </dl>
        </section>
      )}
    </div>
  );
}
