import type { Locale } from './locales';

// Records carry both languages; show the reader's, falling back to Chinese, the official one.
export function localized(locale: string, zh: string, en: string | null | undefined): string {
  return (locale as Locale) === 'en' && en ? en : zh;
}
