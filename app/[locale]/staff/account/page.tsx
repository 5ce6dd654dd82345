import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { fetchOwnSessions } from '@/db/accounts/user-queries';
import { requireUser } from '@/db/accounts/current-user';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';
import { formatMoment } from '@/lib/format-date';
import { ChangePasswordForm, EndOtherSessionsForm } from './account-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.account'))('title') };
}

// Your own account: change your password, see where you are signed in, end the other sessions.
export default async function AccountPage() {
  const [user, t, cookieStore] = await Promise.all([requireUser(), getTranslations('staff.account'), cookies()]);
  const sessions = fetchOwnSessions(user, cookieStore.get(SESSION_COOKIE)?.value);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <ChangePasswordForm />
      <section aria-labelledby="sessions-heading" className="space-y-2">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t('sessionsHeading')}
        </h2>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {sessions.map((s) => (
            <li key={s.id} className="px-4 py-2 text-sm">
              {t('sessionLine', { createdAt: formatMoment(s.createdAt), lastSeenAt: formatMoment(s.lastSeenAt) })}
              {s.current && <strong className="ml-2 font-medium text-green-800">{t('thisBrowser')}</strong>}
            </li>
          ))}
        </ul>
      </section>
      {sessions.length > 1 && <EndOtherSessionsForm />}
    </div>
  );
}
