import { Feed } from 'feed';
import type { ChangeTranslator } from '@/lib/i18n/change-text';
import { entryHtml, type FeedModel } from './feed-model';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// Atom 1.0 (RFC 4287) written by the `feed` library. It writes one link per entry and none for
// paging, so two kinds of link are added to what it wrote: each entry's OC4IDS package
// (rel="related"), and the next page (rel="next", RFC 5005 paged feeds) after the self link.
export function renderAtom(model: FeedModel, t: ChangeTranslator, publisher: string): string {
  const feed = new Feed({
    id: model.id,
    title: model.title,
    description: model.description,
    language: model.language,
    updated: new Date(model.updated),
    link: model.homeUrl,
    feedLinks: { atom: model.selfUrl.atom },
    author: { name: publisher },
    generator: false,
  });
  for (const entry of model.entries)
    feed.addItem({
      id: entry.id,
      title: entry.title,
      link: entry.projectUrl,
      date: new Date(entry.date),
      content: entryHtml(entry, t),
    });
  let xml = feed.atom1();
  const packages = new Map(model.entries.map((e) => [e.projectUrl, e.packageUrl]));
  for (const [projectUrl, packageUrl] of packages) {
    const plain = `<link href="${escapeAttribute(projectUrl)}"/>`;
    const linked = `<link rel="alternate" type="text/html" href="${escapeAttribute(projectUrl)}"/><link rel="related" type="application/json" href="${escapeAttribute(packageUrl)}"/>`;
    xml = xml.split(plain).join(linked);
  }
  if (model.nextUrl) {
    const self = `<link rel="self" href="${escapeAttribute(model.selfUrl.atom)}"/>`;
    xml = xml.replace(self, `${self}<link rel="next" href="${escapeAttribute(model.nextUrl.atom)}"/>`);
  }
  return xml;
}
