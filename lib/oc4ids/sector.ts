import type { Category } from '@/lib/enums';

// Each category's codes in the OC4IDS projectSector codelist, parent first: a subsector code is
// always published with its parent. Ecology, services and industry have no code of their own;
// the nearest are natural resources (ecological corridors, wetlands, protected mountains),
// governance (cross-city public administration: social security, business registration) and
// economy (industrial clusters and parks).
export const CATEGORY_SECTORS: Record<Category, string[]> = {
  rail: ['transport', 'transport.rail'],
  road: ['transport', 'transport.road'],
  port: ['transport', 'transport.water'],
  airport: ['transport', 'transport.air'],
  culture: ['cultureSportsAndRecreation'],
  ecology: ['naturalResources'],
  services: ['governance'],
  industry: ['economy'],
};
