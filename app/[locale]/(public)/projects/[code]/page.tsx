import { currentReadScope } from '@/db/accounts/current-read-scope';
import { ProjectContent, projectMetadata } from './project-content';

type Params = Promise<{ code: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const [{ code }, scope] = await Promise.all([params, currentReadScope()]);
  return projectMetadata(scope, code);
}

// Signed-out readers are sent to the cached copy of this page (proxy.ts); staff read it here.
export default async function ProjectPage({ params }: { params: Params }) {
  const [{ code }, scope] = await Promise.all([params, currentReadScope()]);
  return <ProjectContent scope={scope} code={code} />;
}
