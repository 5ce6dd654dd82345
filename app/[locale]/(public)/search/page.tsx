import type { Metadata } from 'next';
import { SearchPage, searchPageTitle } from '@/components/search-page';
import type { SearchHit } from '@/db/search/results';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: await searchPageTitle(await searchParams, 'title') };
}

// Only projects have public pages; the other records are shown in full in the result itself.
const publicHref = (hit: SearchHit) => (hit.kind === 'project' ? `/projects/${hit.code}` : null);

// What the public may find: always the public view, whoever is signed in (staff search drafts
// at /staff/search).
export default async function PublicSearchPage({ searchParams }: { searchParams: SearchParams }) {
  return <SearchPage scope="public" params={await searchParams} action="/search" href={publicHref} />;
}
