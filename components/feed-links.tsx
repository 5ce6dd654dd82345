import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { feedLinks, type FeedFollow } from '@/lib/feeds/feed-links';
import { toLocale } from '@/lib/i18n/locales';

// Visible links to the change feeds and the OC4IDS data of what the page shows.
export async function FeedLinks({ follow }: { follow: FeedFollow }) {
  const [t, locale] = await Promise.all([getTranslations('openData.links'), getLocale()]);
  const links = feedLinks(toLocale(locale), follow);
  return (
    <nav aria-label={t('label')} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <a href={links.atom} type="application/atom+xml" className="underline">
        {t('atom')}
      </a>
      <a href={links.json} type="application/feed+json" className="underline">
        {t('json')}
      </a>
      <a href={links.oc4ids} type="application/json" className="underline">
        {t('oc4ids')}
      </a>
      <Link href="/data" className="underline">
        {t('all')}
      </Link>
    </nav>
  );
}
