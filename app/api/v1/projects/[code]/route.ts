import { fetchProjectByCode, fetchProjectHistory } from '@/db/queries/projects';
import { jsonData, jsonError } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const found = fetchProjectByCode('public', code);
  if (!found) return jsonError(404, `No published project has the code "${code}".`);
  const { project, cities, districts, agreements, plans } = found;
  const history = fetchProjectHistory('public', project.id).map((h) => ({ version: h.version, at: h.createdAt, changes: h.changes }));
  return jsonData({
    code: project.code,
    name: project.nameZh,
    nameEn: project.nameEn,
    description: project.descriptionZh,
    descriptionEn: project.descriptionEn,
    category: project.category,
    stage: project.stage,
    health: project.health,
    progress: project.progress,
    plannedStart: project.plannedStart,
    plannedEnd: project.plannedEnd,
    actualStart: project.actualStart,
    actualEnd: project.actualEnd,
    cities: cities.map((c) => c.code),
    districts: districts.map((d) => d.code),
    agreements: agreements.map((a) => a.code),
    plans: plans.map((p) => p.code),
    geometry: project.geometry ? JSON.parse(project.geometry) : null,
    geometryApproximate: project.geometryApproximate,
    sourceQuote: project.sourceQuote,
    updatedAt: project.updatedAt,
    lastVerifiedAt: project.lastVerifiedAt,
    version: project.version,
    history,
  }, { headers: { ETag: `"${project.version}"` } });
}
