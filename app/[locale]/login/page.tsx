import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/db/accounts/current-user';
import { safeNextPath } from '@/lib/auth/safe-next';
import { SignInForm } from './sign-in-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.login'))('title'), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, t, user] = await Promise.all([searchParams, getTranslations('staff.login'), getCurrentUser()]);
  const next = safeNextPath(params.next);
  if (user) redirect(next);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-sm text-slate-600">{t('lead')}</p>
      <SignInForm next={next} />
    </div>
  );
}
