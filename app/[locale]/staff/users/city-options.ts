import 'server-only';
import { fetchCities } from '@/db/places/queries';
import { localized } from '@/lib/i18n/localized';
import type { CityOption } from './form-parts';

export function cityOptions(locale: string): CityOption[] {
  return fetchCities().map((c) => ({ code: c.code, name: localized(locale, c.nameZh, c.nameEn) }));
}
