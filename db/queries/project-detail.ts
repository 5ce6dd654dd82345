import 'server-only';
import type { ReadScope } from './read-scope';
import { fetchProjectByCode, fetchProjectHistory } from './projects';

// A project as the API returns it: the public sees the open-data fields; staff callers also get
// what they may edit (publication, internal note, internal health flag).
// Writes answer with the record alone: the caller has the history it needs, and a long one
// would cost every write.
export function fetchProjectDetail(scope: ReadScope, code: string, { withHistory = true } = {}) {
  const found = fetchProjectByCode(scope, code);
  if (!found) return null;
  const { project, cities, districts, agreements, plans } = found;
  const history = withHistory ? fetchProjectHistory(scope, project.id).map((h) => ({ version: h.version, at: h.createdAt, changes: h.changes })) : undefined;
  return {
    code: project.code,
    name: project.nameZh,
    nameEn: project.nameEn,
    description: project.descriptionZh,
    descriptionEn: project.descriptionEn,
    category: project.category,
    stage: project.stage,
    health: project.health,
    progress: project.progress,
    plannedStart: project.plannedStart,
    plannedEnd: project.plannedEnd,
    actualStart: project.actualStart,
    actualEnd: project.actualEnd,
    cities: cities.map((c) => c.code),
    districts: districts.map((d) => d.code),
    agreements: agreements.map((a) => a.code),
    plans: plans.map((p) => p.code),
    geometry: project.geometry ? JSON.parse(project.geometry) : null,
    geometryApproximate: project.geometryApproximate,
    sourceQuote: project.sourceQuote,
    updatedAt: project.updatedAt,
    lastVerifiedAt: project.lastVerifiedAt,
    version: project.version,
    ...(scope === 'internal' ? { publication: project.publication, internalNote: project.internalNote, healthInternal: project.healthInternal } : {}),
    ...(history ? { history } : {}),
  };
}
