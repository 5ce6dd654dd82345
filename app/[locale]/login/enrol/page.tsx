import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { totpUri } from '@/lib/auth/totp';
import { CodeForm } from '../code-form';
import { requirePendingSignIn } from '../pending-sign-in';
import { TotpQrCode } from '../totp-qr-code';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.login.secondFactor'))('enrolTitle'), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Enrolment, for a user whose password was right and who has no confirmed second factor yet:
// the secret made at the password step, as a QR code and as text; the first correct code
// confirms it and signs them in. An enrolled user never sees their secret again.
export default async function EnrolPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, t] = await Promise.all([searchParams, getTranslations('staff.login.secondFactor')]);
  const { pending, next } = await requirePendingSignIn(params.next);
  if (pending.enrolled || !pending.totpSecret) redirect(`/login/verify?next=${encodeURIComponent(next)}`);
  // Groups of four, as authenticator apps show keys; the apps ignore the spaces.
  const grouped = pending.totpSecret.match(/.{1,4}/g)!.join(' ');
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">{t('enrolTitle')}</h1>
      <p className="text-sm text-slate-600">{t('enrolLead')}</p>
      <ol className="list-decimal space-y-3 pl-5 text-sm">
        <li>
          {t('enrolStep1')}
          <div className="mt-2 rounded-lg border border-slate-200 bg-white p-3">
            <TotpQrCode uri={totpUri(pending.totpSecret, pending.email)} label={t('qrLabel')} />
          </div>
        </li>
        <li>
          {t('enrolStep2')}
          <dl className="mt-2">
            <dt id="totp-secret-label" className="font-medium">
              {t('secretLabel')}
            </dt>
            <dd
              aria-labelledby="totp-secret-label"
              className="mt-1 break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-base"
            >
              {grouped}
            </dd>
          </dl>
        </li>
        <li>{t('enrolStep3')}</li>
      </ol>
      <CodeForm next={next} submitLabel="enrolSubmit" />
    </div>
  );
}
