import { setRequestLocale } from 'next-intl/server';
import { toLocale, type Locale } from './locales';

export type LocaleParams = Promise<{ locale: string }>;

// The language of a page rendered under app/[locale]. It is also handed to next-intl for the
// rest of this render, so that translations need no request header and the page can be cached.
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  return locale;
}
