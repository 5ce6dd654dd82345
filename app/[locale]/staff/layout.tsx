import { ClientMessages } from '@/components/client-messages';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signOutAction } from '@/app/[locale]/login/actions';
import { requireUser } from '@/db/accounts/current-user';
import { can } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const [user, t] = await Promise.all([requireUser(), getTranslations('staff')]);
  const items = [
    { href: '/staff', label: t('nav.home') },
    { href: '/staff/projects', label: t('nav.projects') },
    { href: '/staff/records', label: t('nav.records') },
    { href: '/staff/search', label: t('nav.search') },
    { href: '/staff/import', label: t('nav.import') },
    ...(can(user, 'manage_users') ? [{ href: '/staff/users', label: t('nav.users') }] : []),
    { href: '/staff/tokens', label: t('nav.tokens') },
    { href: '/staff/account', label: t('nav.account') },
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 border-b border-slate-200 pb-3 sm:flex-row sm:items-center">
        <nav aria-label={t('nav.label')} className="flex-1">
          <ul className="flex flex-wrap gap-1">
            {items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="block rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-700/10"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <span>{t('signedInAs', { name: user.displayName })}</span>
          <form action={signOutAction}>
            <button
              type="submit"
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100"
            >
              {t('signOut')}
            </button>
          </form>
        </div>
      </div>
      <ClientMessages>{children}</ClientMessages>
    </div>
  );
}
