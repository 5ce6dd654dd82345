import type { ChangeTranslator } from '@/lib/i18n/change-text';
import { entryHtml, type FeedModel } from './feed-model';

// JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written here as a plain object: the `feed`
// library's json1() writes version 1.0. Each item's OC4IDS package and project code are in the
// `_jinan_circle` extension object, as the format provides for.
export function renderJsonFeed(model: FeedModel, t: ChangeTranslator, publisher: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: model.title,
    description: model.description,
    home_page_url: model.homeUrl,
    feed_url: model.selfUrl.json,
    ...(model.nextUrl ? { next_url: model.nextUrl.json } : {}),
    language: model.language === 'zh' ? 'zh-CN' : 'en',
    authors: [{ name: publisher }],
    items: model.entries.map((entry) => ({
      id: entry.id,
      url: entry.projectUrl,
      title: entry.title,
      content_html: entryHtml(entry, t),
      content_text: entry.sentences.join('\n'),
      date_published: entry.date,
      _jinan_circle: { project: entry.projectCode, oc4ids_package: entry.packageUrl },
    })),
  });
}
