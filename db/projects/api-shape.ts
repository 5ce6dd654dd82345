import type { ProjectSummary } from './queries';

// The open-data shape of a project. `name` is the official Chinese name.
export function serializeProject(p: ProjectSummary) {
  return {
    code: p.code,
    name: p.nameZh,
    nameEn: p.nameEn,
    category: p.category,
    stage: p.stage,
    health: p.health,
    progress: p.progress,
    cities: p.cityCodes,
    geometry: p.geometry ? JSON.parse(p.geometry) : null,
    geometryApproximate: true,
    sourceQuote: p.sourceQuote,
    updatedAt: p.updatedAt,
    lastVerifiedAt: p.lastVerifiedAt,
  };
}
