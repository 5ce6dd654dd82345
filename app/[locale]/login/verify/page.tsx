import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CodeForm } from '../code-form';
import { requirePendingSignIn } from '../pending-sign-in';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.login.secondFactor'))('verifyTitle'), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function VerifyPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, t] = await Promise.all([searchParams, getTranslations('staff.login.secondFactor')]);
  const { pending, next } = await requirePendingSignIn(params.next);
  if (!pending.enrolled) redirect(`/login/enrol?next=${encodeURIComponent(next)}`);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">{t('verifyTitle')}</h1>
      <p className="text-sm text-slate-600">{t('verifyLead')}</p>
      <CodeForm next={next} submitLabel="submit" />
      <p className="text-sm text-slate-600">{t('lostDevice')}</p>
    </div>
  );
}
