import { currentReadScope } from '@/db/accounts/current-read-scope';
import { ProjectListContent, projectListMetadata } from './project-list-content';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const generateMetadata = projectListMetadata;

// Signed-out readers of the first pages are sent to their cached copies (proxy.ts).
export default async function ProjectsPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, scope] = await Promise.all([searchParams, currentReadScope()]);
  return <ProjectListContent scope={scope} params={params} />;
}
