import { currentReadScope } from '@/db/accounts/current-read-scope';
import { parseHistoryBefore } from './history-cursor';
import { ProjectContent, projectMetadata } from './project-content';

type Params = Promise<{ code: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }) {
  const [{ code }, scope] = await Promise.all([params, currentReadScope()]);
  return projectMetadata(scope, code);
}

// Signed-out readers are sent to the cached copy of this page (proxy.ts) when its address has no
// query; staff, and older pages of the history, are read here.
export default async function ProjectPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ code }, query, scope] = await Promise.all([params, searchParams, currentReadScope()]);
  return <ProjectContent scope={scope} code={code} history={parseHistoryBefore(query.before)} />;
}
