import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { feedAlternates, type FeedFollow } from '@/lib/feeds/feed-links';
import { toLocale } from '@/lib/i18n/locales';

// The <link rel="alternate"> of a page's change feeds, in the reader's language.
export async function feedMetadata(follow: FeedFollow = {}): Promise<Pick<Metadata, 'alternates'>> {
  const [t, locale] = await Promise.all([getTranslations('openData.feed'), getLocale()]);
  return { alternates: feedAlternates(toLocale(locale), follow, t('title')) };
}
