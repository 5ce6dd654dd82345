import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from './language-switch';
import { SiteSearch } from './site-search';

const NAV_ITEMS = [
  { href: '/dashboard', key: 'dashboard' },
  { href: '/map', key: 'map' },
  { href: '/projects', key: 'projects' },
  { href: '/staff', key: 'staff' },
] as const;

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="no-print bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-wide">
          {t('app.title')}
        </Link>
        <nav aria-label={t('nav.label')} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-1">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="block rounded-md px-3 py-1.5 text-sm text-white/90 hover:bg-white/10 hover:text-white"
                >
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SiteSearch />
        <div className="ml-auto">
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
