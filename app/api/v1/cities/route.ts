import { fetchCities, fetchDistricts } from '@/db/places/queries';
import { jsonData } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

export async function GET() {
  const districts = fetchDistricts();
  return jsonData(
    fetchCities().map((c) => ({
      code: c.code,
      name: c.nameZh,
      nameEn: c.nameEn,
      centroid: [c.centroidLng, c.centroidLat],
      districts: districts
        .filter((d) => d.cityCode === c.code)
        .map((d) => ({ code: d.code, name: d.nameZh, nameEn: d.nameEn, kind: d.kind })),
    })),
  );
}
