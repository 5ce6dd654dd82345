import { dashboardViewQuery } from '@/app/cached-views';
import { cachedViewPage } from '@/app/cached-view-page';
import { DashboardContent, dashboardMetadata } from '../../dashboard-content';

// Only signed-out readers are sent here (proxy.ts), so it reads in the public scope.
const page = cachedViewPage(dashboardViewQuery, dashboardMetadata, (query) => (
  <DashboardContent query={query} scope="public" />
));

// Bounds staleness after changes made outside the app; writes in the app expire DASHBOARD_TAG.
export const revalidate = 300;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
