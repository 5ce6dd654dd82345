import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireUser } from '@/db/accounts/current-user';
import { can } from '@/lib/auth/permissions';
import { cityOptions } from '../city-options';
import { NotAllowed } from '../not-allowed';
import { CreateUserForm } from './create-user-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.users'))('newTitle') };
}

export default async function NewUserPage() {
  const [user, t, locale] = await Promise.all([requireUser(), getTranslations('staff.users'), getLocale()]);
  if (!can(user, 'manage_users')) return <NotAllowed />;
  return (
    <div className="max-w-2xl space-y-4">
      <Link href="/staff/users" className="text-sm text-brand-700 underline">
        {t('backToList')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('newTitle')}</h1>
      <CreateUserForm cities={cityOptions(locale)} />
    </div>
  );
}
