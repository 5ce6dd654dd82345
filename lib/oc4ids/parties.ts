import type { Oc4idsFacts } from './facts';

// A city's people's government, the public authority of the works in its territory. Identified
// by the city's administrative division code, which every city of the circle has.
export function cityPartyId(cityCode: string): string {
  return `CN-ADCODE-${cityCode}`;
}

// Every city of a project is a public authority of it; the first by code stands in
// `publicAuthority`, which names a single organization.
export function mapParties(cities: Oc4idsFacts['cities']) {
  const parties = cities.map((city) => ({
    id: cityPartyId(city.code),
    name: `${city.nameZh}人民政府`,
    name_en: `${city.nameEn} Municipal People's Government`,
    roles: ['publicAuthority'],
    address: { locality: city.nameZh, region: '山东省', countryName: '中国' },
  }));
  const lead = parties[0];
  return {
    ...(parties.length ? { parties } : {}),
    ...(lead ? { publicAuthority: { id: lead.id, name: lead.name } } : {}),
  };
}
