import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb, preparedStatement } from '@/db/core/client';
import * as t from '@/db/core/schema';

export function fetchCities() {
  return getDb().select().from(t.cities).orderBy(asc(t.cities.code)).all();
}

const cityCodesQuery = preparedStatement((db) =>
  db.select({ code: t.cities.code }).from(t.cities).orderBy(asc(t.cities.code)).prepare(),
);

// Every API request checks the cities it is sent against these.
export function fetchCityCodes(): string[] {
  return cityCodesQuery()
    .all()
    .map((c) => c.code);
}

export function fetchDistricts() {
  return getDb()
    .select({
      code: t.districts.code,
      nameZh: t.districts.nameZh,
      nameEn: t.districts.nameEn,
      kind: t.districts.kind,
      cityCode: t.cities.code,
    })
    .from(t.districts)
    .innerJoin(t.cities, eq(t.cities.id, t.districts.cityId))
    .orderBy(asc(t.districts.code))
    .all();
}
