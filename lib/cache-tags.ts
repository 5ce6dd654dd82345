// Cache tags that writes invalidate. Lists, the map and the home page carry PUBLIC_DATA_TAG and
// the dashboard DASHBOARD_TAG: any write can change them. A project's own page carries its
// project's tag and RECORDS_TAG (it names the agreements and plans linked to it), so a write to
// one project leaves every other project's page in the cache.
export const PUBLIC_DATA_TAG = 'public-data';
export const DASHBOARD_TAG = 'dashboard';
// The dashboard's figures that no project's progress enters (what needs attention, slippage and
// its reasons, the timeline): expired by every write but one that changed progress alone, the
// commonest update.
export const DASHBOARD_STANDING_TAG = 'dashboard-standing';
export const RECORDS_TAG = 'records';

export function projectTag(code: string): string {
  return `project:${code}`;
}
