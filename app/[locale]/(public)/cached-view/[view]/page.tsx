import { homeViewQuery } from '@/app/cached-views';
import { cachedViewPage } from '@/app/cached-view-page';
import { HomeContent } from '../../home-content';

// Only signed-out readers are sent here (proxy.ts), so it reads in the public scope.
const page = cachedViewPage(
  homeViewQuery,
  async () => ({}),
  () => <HomeContent scope="public" />,
);

// A literal, as Next reads it from the source: CACHE_SECONDS (app/cached-read.ts).
export const revalidate = 300;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
