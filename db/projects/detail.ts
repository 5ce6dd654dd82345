import 'server-only';
import type { ReadScope } from '@/db/core/read-scope';
import { fetchProjectByCode } from './queries';
import { fetchProjectHistory } from './project-history';

// A project as the API returns it: the public sees the open-data fields; staff callers also get
// what they may edit (publication, internal note, internal health flag).
export function fetchProjectDetail(scope: ReadScope, code: string) {
  const found = fetchProjectByCode(scope, code);
  if (!found) return null;
  const history = fetchProjectHistory(scope, found.project.id).map((h) => ({
    version: h.version,
    at: h.createdAt,
    changes: h.changes,
  }));
  return projectDetail(scope, found, history);
}

type History = { version: number; at: string; changes: unknown[] }[];

// The same shape from a record already read: a write answers with the record its transaction
// read back, without the history (the caller has what it needs, and a long one would cost every write).
export function projectDetail(
  scope: ReadScope,
  found: NonNullable<ReturnType<typeof fetchProjectByCode>>,
  history?: History,
) {
  const { project, cities, districts, agreements, plans } = found;
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
    baselineStart: project.baselineStart,
    baselineEnd: project.baselineEnd,
    slippageDays: project.slippageDays,
    late: project.late,
    latestScheduleReason: project.scheduleReason,
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
    ...(scope === 'internal'
      ? { publication: project.publication, internalNote: project.internalNote, healthInternal: project.healthInternal }
      : {}),
    ...(history ? { history } : {}),
  };
}
