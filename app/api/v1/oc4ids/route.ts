import type { NextRequest } from 'next/server';
import { streamOc4idsPackage } from '@/db/oc4ids/package-stream';
import { fetchCityCodes } from '@/db/places/queries';
import { badFilter, jsonError } from '@/lib/api/responses';
import { oc4idsContext } from '@/lib/oc4ids/package';
import { parseProjectFilters, searchParamsObject } from '@/lib/project-filters';

export const dynamic = 'force-dynamic';

// Every published project as one OC4IDS project package, streamed; the list's filters apply.
export async function GET(request: NextRequest) {
  const parsed = parseProjectFilters(searchParamsObject(request.nextUrl.searchParams), fetchCityCodes());
  if (parsed.error) return badFilter(parsed.error);
  const uri = request.nextUrl.href;
  const stream = streamOc4idsPackage(parsed.filters, oc4idsContext(request.nextUrl.origin), uri);
  if (!stream) return jsonError(404, 'No published project matches these filters.');
  return new Response(stream, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
