import type { NextRequest } from 'next/server';
import { oc4idsPackageJsonOf } from '@/db/oc4ids/one-package';
import { jsonError } from '@/lib/api/responses';
import { oc4idsContext } from '@/lib/oc4ids/package';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ code: string }> };

// One published project as an OC4IDS project package.
export async function GET(request: NextRequest, { params }: Context) {
  const { code } = await params;
  const found = oc4idsPackageJsonOf(code, oc4idsContext(request.nextUrl.origin), request.nextUrl.href);
  if (found === '') return jsonError(404, `No published project has the code "${code}".`);
  return new Response(found, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
