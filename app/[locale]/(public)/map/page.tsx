import { connection } from 'next/server';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { MapContent, mapMetadata, type MapQuery } from './map-content';

export const generateMetadata = mapMetadata;

// A map with a selected project, a zoomed-in cell or a list page (proxy.ts sends plain filter
// views to cached-view/): rendered per request.
export default async function MapPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<MapQuery>;
}) {
  // Without this the build would try to prerender it from whatever database the build machine has.
  await connection();
  await pageLocale(params);
  return <MapContent query={await searchParams} />;
}
