import { getLocale, getTranslations } from 'next-intl/server';
import { switchLocale } from '@/lib/i18n/actions';

// A plain form, so switching works before (and without) JavaScript.
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations('language');
  const other = locale === 'zh' ? 'en' : 'zh';
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={t('switchToLabel')}
        className="rounded-md border border-white/40 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10"
      >
        {t('switchTo')}
      </button>
    </form>
  );
}
