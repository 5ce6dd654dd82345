import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

// What a signed-in non-admin sees in the user area. The page refuses; the actions and the data
// layer refuse on their own too.
export async function NotAllowed() {
  const t = await getTranslations('staff.users');
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{t('forbiddenTitle')}</h1>
      <p className="text-slate-700">{t('forbiddenBody')}</p>
      <Link href="/staff" className="text-brand-700 underline">
        {t('backToWorkspace')}
      </Link>
    </div>
  );
}
