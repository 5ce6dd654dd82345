import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import * as t from '@/db/schema';

export function fetchCities() {
  return getDb().select().from(t.cities).orderBy(asc(t.cities.code)).all();
}

export function fetchCityCodes(): string[] {
  return fetchCities().map((c) => c.code);
}

export function fetchDistricts() {
  return getDb().select({
    code: t.districts.code, nameZh: t.districts.nameZh, nameEn: t.districts.nameEn, kind: t.districts.kind, cityCode: t.cities.code,
  }).from(t.districts).innerJoin(t.cities, eq(t.cities.id, t.districts.cityId)).orderBy(asc(t.districts.code)).all();
}
