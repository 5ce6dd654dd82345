// Records other than projects are published as stored, with the official Chinese name as
// `name` and city codes as `cities`, the same keys projects use.
export function toOpenData<T extends { nameZh: string; cityCodes?: string[]; cityCode?: string | null; hostCityCode?: string | null }>(record: T) {
  const { nameZh, cityCodes, cityCode, hostCityCode, ...rest } = record;
  const cities = cityCodes ?? (cityCode ? [cityCode] : hostCityCode ? [hostCityCode] : []);
  return { code: (rest as { code?: string }).code, name: nameZh, ...rest, cities };
}
