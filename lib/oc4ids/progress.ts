import { startDateTime } from './dates';
import type { Oc4idsFacts } from './facts';

// Physical progress, one observation per value reported in the public history, each measured at
// the moment it was recorded. A value the record holds without a history entry (set when the
// project was first entered) is observed at the last verification, or else the last update.
export function mapMetrics(facts: Oc4idsFacts) {
  const reports = facts.progressReports.filter((r) => r.value !== null);
  const observations = reports.map((r) => observation(`history-${r.historyId}`, r.at, r.value!));
  const { progress, lastVerifiedAt, updatedAt } = facts.project;
  if (observations.length === 0 && progress !== null)
    observations.push(observation('record', lastVerifiedAt ?? updatedAt, progress));
  if (observations.length === 0) return {};
  return {
    metrics: [
      {
        id: 'physicalProgress',
        title: '形象进度',
        description: 'Physical progress of the works, in per cent of the whole, as reported to the planning office.',
        observations,
      },
    ],
  };
}

function observation(id: string, at: string, value: number) {
  // A verification is kept as a date; history entries carry the full time.
  const moment = at.length <= 10 ? startDateTime(at)! : at;
  return { id, period: { startDate: moment, endDate: moment }, measure: value, unit: { name: 'percent' } };
}
