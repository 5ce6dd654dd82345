import { fetchCities, fetchDistricts } from '@/db/places/queries';
import { recordListResponse } from '@/lib/api/record-list';
import { containsEveryTerm } from '@/lib/search/search-query';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return recordListResponse(request, (q) => {
    const districts = fetchDistricts();
    return fetchCities()
      .filter((c) => !q || containsEveryTerm(`${c.code} ${c.nameZh} ${c.nameEn}`, q))
      .map((c) => ({
        code: c.code,
        name: c.nameZh,
        nameEn: c.nameEn,
        centroid: [c.centroidLng, c.centroidLat],
        districts: districts
          .filter((d) => d.cityCode === c.code)
          .map((d) => ({ code: d.code, name: d.nameZh, nameEn: d.nameEn, kind: d.kind })),
      }));
  });
}
