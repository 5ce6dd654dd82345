import { startDateTime } from './dates';
import type { Oc4idsContext, Oc4idsFacts } from './facts';

// Published evidence (site photos, reports) and the news report every record was taken from.
export function mapDocuments(facts: Oc4idsFacts, context: Oc4idsContext) {
  const evidence = facts.evidence.map((e) => ({
    id: `evidence-${e.id}`,
    documentType: e.mimeType.startsWith('image/') ? 'illustration' : 'physicalProgressReport',
    title: e.fileName,
    url: `${context.baseUrl}/evidence/${e.id}`,
    format: e.mimeType,
    datePublished: e.createdAt,
  }));
  const source = {
    id: 'source-report',
    title: context.source.titleZh,
    title_en: context.source.titleEn,
    datePublished: startDateTime(context.source.publishedOn),
    language: 'zh',
  };
  return { documents: [source, ...evidence] };
}
