import { mapViewQuery } from '@/app/cached-views';
import { cachedViewPage } from '@/app/cached-view-page';
import { MapContent, mapMetadata } from '../../map-content';

const page = cachedViewPage(mapViewQuery, mapMetadata, (query) => <MapContent query={query} />);

// Bounds staleness after changes made outside the app; writes in the app expire PUBLIC_DATA_TAG.
export const revalidate = 300;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
