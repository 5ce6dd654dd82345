import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, toLocale } from './locales';
import { loadMessages } from './messages';

// The language is a remembered choice (a cookie), not part of the visible URL, so shared links
// work for readers of either language. proxy.ts rewrites each page request to /zh/… or /en/…
// from that cookie. Layouts and cached pages hand the [locale] segment to next-intl
// (pageLocale), which keeps them free of request data; everything else (pages rendered per
// request, server actions, route handlers) reads the same cookie the proxy read.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = toLocale(requested ?? (await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: loadMessages(locale), timeZone: 'Asia/Shanghai' };
});
