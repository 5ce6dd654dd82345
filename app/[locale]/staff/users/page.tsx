import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { fetchUsers } from '@/db/accounts/user-queries';
import { requireUser } from '@/db/accounts/current-user';
import { endEveryoneElsesSessionsAction } from './actions';
import { cityOptions } from './city-options';
import { ButtonForm } from './form-parts';
import { NotAllowed } from './not-allowed';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.users'))('title') };
}

export default async function UsersPage() {
  const [actor, t, locale] = await Promise.all([requireUser(), getTranslations('staff'), getLocale()]);
  const users = fetchUsers(actor);
  if (!users) return <NotAllowed />;
  const cityName = new Map(cityOptions(locale).map((c) => [c.code, c.name]));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">{t('users.title')}</h1>
        <Link
          href="/staff/users/new"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900"
        >
          {t('users.newTitle')}
        </Link>
      </div>
      {users.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {t('users.empty')}
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {users.map((u) => (
            <li key={u.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:gap-4">
              <div className="min-w-0 flex-1">
                <Link href={`/staff/users/${u.id}`} className="font-medium text-brand-700 hover:underline">
                  {u.displayName}
                </Link>
                <p className="break-all text-xs text-slate-500">{u.email}</p>
              </div>
              <p className="text-sm">
                {t(`roles.${u.role}`)}
                {u.role === 'editor' &&
                  ` · ${u.cityCodes.length === 0 ? t('home.allCities') : u.cityCodes.map((c) => cityName.get(c) ?? c).join('、')}`}
              </p>
              <p className={`text-sm ${u.disabled ? 'text-red-700' : 'text-green-800'}`}>
                {u.disabled ? t('users.disabled') : t('users.active')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <ButtonForm
        action={endEveryoneElsesSessionsAction}
        heading={t('users.endAllHeading')}
        help={t('users.endAllHelp')}
        button={t('users.endAll')}
        saved={t('users.allEnded')}
        danger
      />
    </div>
  );
}
