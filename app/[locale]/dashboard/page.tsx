import { currentReadScope } from '@/db/accounts/current-read-scope';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { DashboardContent, dashboardMetadata, type DashboardQuery } from './dashboard-content';

export const generateMetadata = dashboardMetadata;

// The dashboard for signed-in readers, who may read internally, and for queries outside the
// cached views (proxy.ts sends the rest to cached-view/): rendered per request.
export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<DashboardQuery>;
}) {
  const [, query, scope] = await Promise.all([pageLocale(params), searchParams, currentReadScope()]);
  return <DashboardContent query={query} scope={scope} />;
}
