import { createTranslator } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { loadMessages } from '@/lib/i18n/messages';

// The outlines are not an approved map, so the page says so, in both languages whichever
// the reader chose: the statement must be understood by everyone who sees the map.
export async function BoundaryNotice() {
  const [t, locale] = await Promise.all([getTranslations('map'), getLocale()]);
  const other = locale === 'zh' ? 'en' : 'zh';
  const tOther = createTranslator({ locale: other, messages: loadMessages(other), namespace: 'map' });
  return (
    <div
      role="note"
      data-testid="boundary-notice"
      className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-xs leading-relaxed text-amber-950"
    >
      <p>{t('notice')}</p>
      <p lang={other === 'en' ? 'en' : 'zh-CN'} className="mt-1 text-amber-900/80">
        {tOther('notice')}
      </p>
    </div>
  );
}
