import type { ChangeTranslator } from '@/lib/i18n/change-text';
import { changeSentence } from '@/lib/i18n/change-text';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/locales';
import { feedTag } from './feed-settings';

// A feed before it is Atom or JSON Feed: the same entries, ids, words and links in both.
export type FeedChange = {
  id: number;
  createdAt: string;
  code: string;
  nameZh: string;
  nameEn: string;
  changes: { field: string; from: unknown; to: unknown }[];
};

export type FeedModel = {
  id: string;
  title: string;
  description: string;
  language: Locale;
  updated: string;
  homeUrl: string;
  selfUrl: { atom: string; json: string };
  nextUrl: { atom: string; json: string } | null;
  entries: FeedModelEntry[];
};

export type FeedModelEntry = {
  id: string;
  title: string;
  sentences: string[];
  date: string;
  projectUrl: string;
  packageUrl: string;
  projectCode: string;
  projectName: string;
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function entryHtml(entry: FeedModelEntry, t: ChangeTranslator): string {
  const items = entry.sentences.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  return (
    `<ul>${items}</ul>` +
    `<p><a href="${escapeHtml(entry.projectUrl)}">${escapeHtml(t('openData.feed.projectLink'))}</a> · ` +
    `<a href="${escapeHtml(entry.packageUrl)}">${escapeHtml(t('openData.feed.packageLink'))}</a></p>`
  );
}

export function toFeedEntry(
  change: FeedChange,
  context: { t: ChangeTranslator; locale: Locale; baseUrl: string; authority: string },
): FeedModelEntry {
  const { t, locale, baseUrl, authority } = context;
  const projectName = localized(locale, change.nameZh, change.nameEn);
  const sentences = change.changes.map((c) => changeSentence(t, c));
  const more = sentences.length > 1 ? t('openData.feed.more', { count: String(sentences.length - 1) }) : '';
  const code = encodeURIComponent(change.code);
  return {
    id: feedTag(authority, `project-update:${change.id}`),
    title: t('openData.feed.entryTitle', { project: projectName, change: sentences[0], more }),
    sentences,
    date: change.createdAt,
    projectUrl: `${baseUrl}/projects/${code}`,
    packageUrl: `${baseUrl}/api/v1/oc4ids/${code}`,
    projectCode: change.code,
    projectName,
  };
}
