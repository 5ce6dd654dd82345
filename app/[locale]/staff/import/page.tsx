import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireUser } from '@/db/accounts/current-user';
import { canUpdateSomeProject } from '@/lib/auth/permissions';
import { ImportForm } from './import-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editing.import'))('title') };
}

export default async function ImportPage() {
  const [user, t] = await Promise.all([requireUser(), getTranslations('editing.import')]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t('intro')}</p>
      {canUpdateSomeProject(user) ? (
        <ImportForm />
      ) : (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm">{t('viewer')}</p>
      )}
    </div>
  );
}
