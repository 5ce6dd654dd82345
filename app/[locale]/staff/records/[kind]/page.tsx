import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { fetchEditableRecordList } from '@/db/records/editable';
import { requireUser } from '@/db/accounts/current-user';
import { can } from '@/lib/auth/permissions';
import { localized } from '@/lib/i18n/localized';
import { isRecordKind } from '../record-fields';

type Props = { params: Promise<{ kind: string }>; searchParams: Promise<{ q?: string }> };

export default async function RecordListPage({ params, searchParams }: Props) {
  const [{ kind }, { q }, user, t, locale] = await Promise.all([
    params,
    searchParams,
    requireUser(),
    getTranslations('editing'),
    getLocale(),
  ]);
  if (!isRecordKind(kind)) notFound();
  const search = typeof q === 'string' ? q.trim() : '';
  const records = fetchEditableRecordList(kind, search || undefined);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/staff/records" className="text-brand-700 underline">
          {t('records.title')}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">{t(`records.kinds.${kind}`)}</h1>
        {can(user, 'edit_record', { cityCodes: user.cityCodes }) && (
          <Link
            href={`/staff/records/${kind}/new`}
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white"
          >
            {t('records.new')}
          </Link>
        )}
      </div>
      <form method="get" className="flex gap-2" aria-label={t('project.search')}>
        <label className="flex-1 text-sm font-medium">
          {t('project.search')}
          <input
            type="search"
            name="q"
            defaultValue={search}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        <button type="submit" className="self-end rounded-md bg-brand-700 px-3 py-1.5 text-sm text-white">
          {t('project.searchButton')}
        </button>
      </form>
      {records.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm">{t('records.empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {records.map((r) => (
            <li key={r.code} className="flex flex-wrap items-center gap-2 px-3 py-2">
              <Link
                href={`/staff/records/${kind}/${r.code}`}
                className="flex-1 font-medium text-brand-700 hover:underline"
              >
                {localized(locale, r.nameZh, r.nameEn)}
              </Link>
              <code className="text-xs text-slate-500">{r.code}</code>
              {r.publication === 'draft' && (
                <span className="rounded bg-amber-100 px-2 text-sm text-amber-900">{t('enum.draft')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
