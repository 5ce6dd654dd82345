import type { Metadata } from 'next';
import { SearchPage, searchPageTitle } from '@/components/search-page';
import { requireUser } from '@/db/accounts/current-user';
import type { SearchHit } from '@/db/search/results';
import { isRecordKind } from '../records/record-fields';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: await searchPageTitle(await searchParams, 'staffTitle') };
}

function staffHref(hit: SearchHit): string | null {
  if (hit.kind === 'project') return `/staff/projects/${hit.code}`;
  return isRecordKind(hit.kind) ? `/staff/records/${hit.kind}/${hit.code}` : null;
}

// Staff find drafts too, marked as such; the read is internal because the reader is signed in.
export default async function StaffSearchPage({ searchParams }: { searchParams: SearchParams }) {
  const [params] = await Promise.all([searchParams, requireUser()]);
  return <SearchPage scope="internal" params={params} action="/staff/search" href={staffHref} />;
}
