import { getLocale, getTranslations } from 'next-intl/server';
import { DATE_MESSAGE, partialDateParts } from './partial-date';

// Formats partial dates in the reader's language, saying how precise each one is.
export async function getPartialDateFormatter(): Promise<(value: string) => string> {
  const [t, locale] = await Promise.all([getTranslations('dashboard.timeline'), getLocale()]);
  return (value) => {
    const parts = partialDateParts(value, locale);
    if (!parts) return value;
    // As strings: a number argument would be printed with a thousands separator ("2,021").
    return t(DATE_MESSAGE[parts.precision], {
      ...parts,
      year: String(parts.year),
      month: String(parts.month),
      day: String(parts.day),
    });
  };
}
