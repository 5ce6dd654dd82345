import { endDateTime, startDateTime } from './dates';
import { mapDocuments } from './documents';
import type { Oc4idsContext, Oc4idsFacts } from './facts';
import { mapLocations } from './locations';
import { mapMilestones } from './milestones';
import { mapParties } from './parties';
import { mapMetrics } from './progress';
import { CATEGORY_SECTORS } from './sector';
import { oc4idsProjectId } from './settings';

// A period from a start and an end kept as partial dates, or nothing when neither is known.
function period(start: string | null, end: string | null) {
  if (!start && !end) return undefined;
  return { ...(start ? { startDate: startDateTime(start) } : {}), ...(end ? { endDate: endDateTime(end) } : {}) };
}

const DONE = new Set(['completion', 'maintenance']);

// One published project in OC4IDS 0.9. The record's stages are the projectStatus codes. Planned
// dates are the project's period; actual dates its implementation period, and a finished
// project's actual end its completion. Fields the standard lacks are the extension's
// (lib/oc4ids/extension/): English names, the agreements between cities, the source quote.
export function mapProject(facts: Oc4idsFacts, context: Oc4idsContext) {
  const { project } = facts;
  const planned = period(project.plannedStart, project.plannedEnd);
  const actual = period(project.actualStart, project.actualEnd);
  return {
    id: oc4idsProjectId(context.prefix, project.code),
    updated: project.updatedAt,
    language: 'zh',
    identifiers: [{ id: project.code, scheme: 'jinan-circle-tracker' }],
    title: project.nameZh,
    ...(project.nameEn ? { title_en: project.nameEn } : {}),
    ...(project.descriptionZh ? { description: project.descriptionZh } : {}),
    ...(project.descriptionEn ? { description_en: project.descriptionEn } : {}),
    status: project.stage,
    sector: CATEGORY_SECTORS[project.category],
    ...(planned ? { period: planned } : {}),
    ...(actual ? { implementationPeriod: actual } : {}),
    ...(DONE.has(project.stage) && project.actualEnd
      ? { completion: { endDate: endDateTime(project.actualEnd) } }
      : {}),
    ...mapParties(facts.cities),
    ...mapLocations(project, facts.cities),
    ...mapMetrics(facts),
    ...mapMilestones(facts.milestones),
    ...mapDocuments(facts, context),
    ...(facts.agreements.length ? { agreements: facts.agreements.map(mapAgreement) } : {}),
    ...(project.sourceQuote ? { sourceQuote: project.sourceQuote } : {}),
  };
}

function mapAgreement(agreement: Oc4idsFacts['agreements'][number]) {
  return {
    id: agreement.code,
    title: agreement.nameZh,
    ...(agreement.nameEn ? { title_en: agreement.nameEn } : {}),
    ...(agreement.signedOn ? { dateSigned: startDateTime(agreement.signedOn) } : {}),
    ...(agreement.cityCodes.length ? { cities: agreement.cityCodes } : {}),
  };
}

export type Oc4idsProject = ReturnType<typeof mapProject>;
