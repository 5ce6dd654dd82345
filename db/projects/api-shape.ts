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
    // The schedule: the approved baseline, the current forecast, the actual dates, the days
    // past the baseline end and the latest reason given for a move (its note stays internal).
    schedule: {
      baselineStart: p.baselineStart,
      baselineEnd: p.baselineEnd,
      forecastStart: p.plannedStart,
      forecastEnd: p.plannedEnd,
      actualStart: p.actualStart,
      actualEnd: p.actualEnd,
      slippageDays: p.slippageDays,
      late: p.late,
      latestReason: p.scheduleReason,
    },
    cities: p.cityCodes,
    geometry: p.geometry ? JSON.parse(p.geometry) : null,
    geometryApproximate: true,
    sourceQuote: p.sourceQuote,
    updatedAt: p.updatedAt,
    lastVerifiedAt: p.lastVerifiedAt,
  };
}
