import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, toLocale } from './locales';
import { loadMessages } from './messages';

// The language is a remembered choice (a cookie), not part of the visible URL, so shared links
// work for readers of either language. proxy.ts rewrites each page request to /zh/… or /en/…
// from that cookie; pages read the [locale] segment (setRequestLocale) or the header the proxy
// sets. Route handlers, which the proxy does not rewrite, read the cookie itself.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = toLocale(requested ?? (await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: loadMessages(locale), timeZone: 'Asia/Shanghai' };
});
