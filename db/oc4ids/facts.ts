import 'server-only';
import type { Oc4idsFacts } from '@/lib/oc4ids/facts';
import type { Oc4idsProjectRow } from './project-rows';
import { agreementsOf, citiesOf, evidenceOf, milestonesOf, progressReportsOf } from './related-records';

const strip = <R extends { projectId: number }>(rows: R[] | undefined) =>
  (rows ?? []).map(({ projectId: _p, ...rest }) => rest);

// The public facts of a page of projects, in five reads whatever the page's size.
export function fetchOc4idsFacts(rows: Oc4idsProjectRow[]): Oc4idsFacts[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [cities, agreements, milestones, evidence, progress] = [
    citiesOf(ids),
    agreementsOf(ids),
    milestonesOf(ids),
    evidenceOf(ids),
    progressReportsOf(ids),
  ];
  return rows.map(({ id, ...project }) => ({
    project,
    cities: strip(cities.get(id)),
    agreements: strip(agreements.get(id)),
    milestones: strip(milestones.get(id)),
    evidence: strip(evidence.get(id)),
    progressReports: strip(progress.get(id)),
  }));
}
