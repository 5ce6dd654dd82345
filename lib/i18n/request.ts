import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, toLocale } from './locales';
import { loadMessages } from './messages';

// The language is a remembered choice (a cookie), not part of the URL, so shared links work
// for readers of either language.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: loadMessages(locale), timeZone: 'Asia/Shanghai' };
});
