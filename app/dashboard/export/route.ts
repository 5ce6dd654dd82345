import type { NextRequest } from 'next/server';
import { EXPORT_PAGE_SIZE, fetchProjectExportPage, type ProjectExportRow } from '@/db/dashboard/figures';
import { fetchCityCodes } from '@/db/places/queries';
import { badFilter, jsonError } from '@/lib/api/responses';
import { currentReadScope } from '@/db/accounts/current-read-scope';
import { projectCsvColumns, stringifyProjectCsv, toProjectCsvRow, toProjectExportRecord } from '@/db/projects/csv';
import { parseProjectFilters, searchParamsObject, type ProjectFilters } from '@/lib/project-filters';
import type { ReadScope } from '@/db/core/read-scope';

export const dynamic = 'force-dynamic';

const FORMATS = ['csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

function* exportPages(scope: ReadScope, filters: ProjectFilters): Generator<ProjectExportRow[]> {
  let after = 0;
  for (;;) {
    const rows = fetchProjectExportPage(scope, filters, after);
    if (rows.length > 0) yield rows;
    if (rows.length < EXPORT_PAGE_SIZE) return;
    after = rows[rows.length - 1].id;
  }
}

const toRecord = (row: ProjectExportRow, internal: boolean) =>
  toProjectExportRecord({ ...row, cityCodes: row.cityCodes ? row.cityCodes.split(',') : [] }, internal);

// Page by page, so a 100,000-project export never sits in memory whole.
function exportChunks(format: Format, scope: ReadScope, filters: ProjectFilters): Generator<string> {
  const internal = scope === 'internal';
  if (format === 'csv') {
    const columns = projectCsvColumns(internal);
    return (function* () {
      // The BOM tells Excel the file is UTF-8, so Chinese names open correctly.
      yield stringifyProjectCsv([], columns);
      for (const rows of exportPages(scope, filters)) {
        yield stringifyProjectCsv(rows.map((r) => toProjectCsvRow(toRecord(r, internal), columns)));
      }
    })();
  }
  return (function* () {
    yield `{"filters":${JSON.stringify(filters)},"data":[`;
    let first = true;
    for (const rows of exportPages(scope, filters)) {
      yield (first ? '' : ',') + rows.map((r) => JSON.stringify(toRecord(r, internal))).join(',');
      first = false;
    }
    yield ']}';
  })();
}

export async function GET(request: NextRequest) {
  const params = searchParamsObject(request.nextUrl.searchParams);
  const format = params.format ?? 'csv';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return jsonError(400, `Invalid value "${format}" for parameter "format". Allowed values: ${FORMATS.join(', ')}.`, {
      param: 'format',
      allowed: FORMATS,
    });
  }
  const { format: _format, ...filterParams } = params;
  const parsed = parseProjectFilters(filterParams, fetchCityCodes());
  if (parsed.error) return badFilter(parsed.error);
  const scope = await currentReadScope();
  const chunks = exportChunks(format as Format, scope, parsed.filters);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="projects-${day}.${format}"`,
      // Drafts may be in it for staff: never let a shared cache hand it to someone else.
      'Cache-Control': 'private, no-store',
    },
  });
}
