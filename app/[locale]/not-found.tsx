import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('errors.notFoundTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('errors.notFoundBody')}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t('nav.home')}
      </Link>
    </div>
  );
}
