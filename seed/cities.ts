import type { SeedCity } from './types';

// Official 6-digit administrative division codes (adcodes) of the seven cities of the circle.
export const CITY = {
  jinan: '370100',
  zibo: '370300',
  taian: '370900',
  liaocheng: '371500',
  dezhou: '371400',
  binzhou: '371600',
  dongying: '370500',
} as const;

export const ALL_CITY_CODES: string[] = Object.values(CITY);

// Centroids are approximate centres of each city's whole territory, not of its urban core.
export const seedCities: SeedCity[] = [
  { code: CITY.jinan, nameZh: '济南市', nameEn: 'Jinan', centroid: [117.15, 36.7] },
  { code: CITY.zibo, nameZh: '淄博市', nameEn: 'Zibo', centroid: [118.05, 36.6] },
  { code: CITY.taian, nameZh: '泰安市', nameEn: "Tai'an", centroid: [117.1, 36.0] },
  { code: CITY.liaocheng, nameZh: '聊城市', nameEn: 'Liaocheng', centroid: [115.9, 36.45] },
  { code: CITY.dezhou, nameZh: '德州市', nameEn: 'Dezhou', centroid: [116.55, 37.3] },
  { code: CITY.binzhou, nameZh: '滨州市', nameEn: 'Binzhou', centroid: [117.9, 37.55] },
  { code: CITY.dongying, nameZh: '东营市', nameEn: 'Dongying', centroid: [118.6, 37.55] },
];
