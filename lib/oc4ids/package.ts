import type { Oc4idsContext } from './facts';
import { OPEN_DATA_LICENSE, oc4idsPrefix } from './settings';

export const OC4IDS_VERSION = '0.9';

export const PUBLISHER = { name: '省会经济圈一体化进展跟踪（规划办公室）' };

export const SOURCE_REPORT = {
  titleZh: '舜网-济南日报《共谋大发展 山东省会经济圈一体化发展成效显著》',
  titleEn:
    'Shunwang–Jinan Daily, "Integration of the Shandong provincial-capital economic circle shows marked results"',
  publishedOn: '2021-12-01',
};

// A package's fields other than its projects. `publishedDate` is written after the projects,
// since it is the latest change among them (as the schema asks of a package made on demand) and
// the projects stream out before all are known. JSON objects are unordered, so readers do not mind.
export function packageHead(context: Oc4idsContext, uri: string): string {
  const head = {
    uri,
    version: OC4IDS_VERSION,
    publisher: PUBLISHER,
    license: OPEN_DATA_LICENSE.url,
    publicationPolicy: `${context.baseUrl}/data`,
  };
  return `${JSON.stringify(head).slice(0, -1)},"projects":[`;
}

export function packageTail(publishedDate: string): string {
  return `],"publishedDate":${JSON.stringify(publishedDate)}}`;
}

// A complete package in memory, for one project or a test.
export function buildPackage(context: Oc4idsContext, uri: string, projects: { updated: string }[]) {
  const text =
    packageHead(context, uri) + projects.map((p) => JSON.stringify(p)).join(',') + packageTail(latest(projects));
  return JSON.parse(text) as Record<string, unknown> & { projects: unknown[] };
}

export function latest(projects: { updated: string }[], since = ''): string {
  return projects.reduce((max, p) => (p.updated > max ? p.updated : max), since);
}

export function oc4idsContext(baseUrl: string, prefix = oc4idsPrefix()): Oc4idsContext {
  return { baseUrl, prefix, source: SOURCE_REPORT };
}
