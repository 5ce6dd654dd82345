import 'server-only';
import { untilDataChanges } from '@/db/core/until-data-changes';
import type { Oc4idsContext } from '@/lib/oc4ids/facts';
import { buildPackage } from '@/lib/oc4ids/package';
import { mapProject } from '@/lib/oc4ids/project';
import { fetchOc4idsFacts } from './facts';
import { fetchOc4idsProjectRows } from './project-rows';

// The package of one published project, or null when no published project has the code.
export function fetchOc4idsPackageOf(code: string, context: Oc4idsContext, uri: string) {
  const rows = fetchOc4idsProjectRows({ code }, 0, 1);
  if (rows.length === 0) return null;
  return buildPackage(
    context,
    uri,
    fetchOc4idsFacts(rows).map((facts) => mapProject(facts, context)),
  );
}

// The same, serialized and kept until the data changes: a project's package is read far more often
// than the project changes. Empty when no published project has the code.
export const oc4idsPackageJsonOf = untilDataChanges(4_000_000, (code: string, context: Oc4idsContext, uri: string) => {
  const found = fetchOc4idsPackageOf(code, context, uri);
  return found ? JSON.stringify(found) : '';
});
