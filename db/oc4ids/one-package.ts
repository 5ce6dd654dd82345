import 'server-only';
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
