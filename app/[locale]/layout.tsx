import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/site-header';
import { LOCALES } from '@/lib/i18n/locales';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import '../globals.css';

// Both languages are known at build time, so a page that reads nothing per request (the cached
// public map and dashboard) can be rendered once per language and served from Next's cache.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'app' });
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, description: t('subtitle') };
}

export default async function RootLayout({ children, params }: { children: React.ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  const [t, nav, openData] = await Promise.all([
    getTranslations('app'),
    getTranslations('nav'),
    getTranslations('openData.links'),
  ]);
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t('skipToContent')}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 pb-8 text-xs text-slate-500">
          <p>{t('sourceNote')}</p>
          <Link href="/about" className="underline hover:text-slate-700">
            {nav('about')}
          </Link>
          <Link href="/data" className="underline hover:text-slate-700">
            {openData('all')}
          </Link>
        </footer>
      </body>
    </html>
  );
}
