import { parseSearchParam, searchParamsObject } from '@/lib/project-filters';
import { badFilter, jsonData } from './responses';

// An open-data list of records: every list takes `q`, the same search as the site's.
export function recordListResponse<T>(request: Request, read: (q: string | undefined) => T[]) {
  const search = parseSearchParam(searchParamsObject(new URL(request.url).searchParams));
  if (search.error) return badFilter(search.error);
  return jsonData(read(search.q));
}
