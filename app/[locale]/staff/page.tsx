import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { fetchCities } from '@/db/places/queries';
import { requireUser } from '@/db/accounts/current-user';
import { can } from '@/lib/auth/permissions';
import { localized } from '@/lib/i18n/localized';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('title') };
}

export default async function StaffHomePage() {
  const [user, t, locale] = await Promise.all([requireUser(), getTranslations('staff'), getLocale()]);
  const cityName = new Map(fetchCities().map((c) => [c.code, localized(locale, c.nameZh, c.nameEn)]));
  const areas = [
    { href: '/staff/projects', title: t('nav.projects'), body: t('home.projects') },
    { href: '/staff/import', title: t('nav.import'), body: t('home.import') },
    ...(can(user, 'manage_users') ? [{ href: '/staff/users', title: t('nav.users'), body: t('home.users') }] : []),
    { href: '/staff/tokens', title: t('nav.tokens'), body: t('home.tokens') },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <section aria-labelledby="who" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="who" className="text-lg font-semibold">
          {user.displayName}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">{t('home.email')}</dt>
          <dd>{user.email}</dd>
          <dt className="text-slate-600">{t('home.role')}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
          <dt className="text-slate-600">{t('home.cities')}</dt>
          <dd>
            {user.cityCodes.length === 0
              ? t('home.allCities')
              : user.cityCodes.map((c) => cityName.get(c) ?? c).join('、')}
          </dd>
        </dl>
        <p className="mt-2 text-sm text-slate-600">{t(`home.roleHelp.${user.role}`)}</p>
      </section>
      <ul className="grid gap-3 sm:grid-cols-2">
        {areas.map((a) => (
          <li key={a.href} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={a.href} className="font-medium text-brand-700 hover:underline">
              {a.title}
            </Link>
            <p className="mt-1 text-sm text-slate-600">{a.body}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
