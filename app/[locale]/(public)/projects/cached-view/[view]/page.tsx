import { projectsViewQuery } from '@/app/cached-views';
import { cachedViewPage } from '@/app/cached-view-page';
import { ProjectContent, projectMetadata } from '../../[code]/project-content';
import { ProjectListContent, projectListMetadata } from '../../project-list-content';

// Only signed-out readers are sent here (proxy.ts), so it reads in the public scope: a project's
// page (`project.{code}`) or the list's first page for a set of filters.
const page = cachedViewPage(
  projectsViewQuery,
  (query) => (query.project ? projectMetadata('public', query.project) : projectListMetadata()),
  (query) =>
    query.project ? (
      <ProjectContent scope="public" code={query.project} />
    ) : (
      <ProjectListContent scope="public" params={query} />
    ),
);

// A literal, as Next reads it from the source: CACHE_SECONDS (app/cached-read.ts).
export const revalidate = 300;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
