import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireUser } from '@/db/accounts/current-user';
import { RECORD_KINDS } from '@/db/records/validation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editing.records'))('title') };
}

export default async function RecordsPage() {
  const [, t] = await Promise.all([requireUser(), getTranslations('editing.records')]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {RECORD_KINDS.map((kind) => (
          <li key={kind} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={`/staff/records/${kind}`} className="font-medium text-brand-700 hover:underline">
              {t(`kinds.${kind}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
