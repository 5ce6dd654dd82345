import type {
  AgreementType,
  Category,
  DistrictKind,
  EventKind,
  Health,
  OrganizationKind,
  PlanKind,
  Stage,
} from '@/lib/enums';

// Partial ISO date: '2021', '2021-10' or '2021-10-20'. Leave undefined when the article gives none.
export type PartialDate = string;

export type LngLat = [number, number];
export type SeedGeometry = { type: 'Point'; coordinates: LngLat } | { type: 'LineString'; coordinates: LngLat[] };

// Every record that comes from the article carries the sentence it came from, verbatim as printed
// (garbled words included), so a reader can find it in seed/source/article-zh.txt.
type Sourced = { sourceQuote: string };
type Named = { code: string; nameZh: string; nameEn: string };

export type SeedCity = Named & { centroid: LngLat };
export type SeedDistrict = Named & { cityCode: string; kind: DistrictKind };

export type SeedProject = Named &
  Sourced & {
    descriptionZh: string;
    descriptionEn: string;
    category: Category;
    stage: Stage;
    health: Health;
    // 0–100; null where the article gives no measure.
    progress: number | null;
    plannedStart?: PartialDate;
    plannedEnd?: PartialDate;
    actualStart?: PartialDate;
    actualEnd?: PartialDate;
    // The approved plan, only where the article dates it (it dates no plan, so none is set).
    baselineStart?: PartialDate;
    baselineEnd?: PartialDate;
    cityCodes: string[];
    districtCodes: string[];
    geometry: SeedGeometry | null;
  };

export type SeedEvent = Named &
  Sourced & {
    kind: EventKind;
    heldOn?: PartialDate;
    hostCityCode?: string;
    summaryZh: string;
    summaryEn: string;
  };

export type SeedAgreement = Named &
  Sourced & {
    type: AgreementType;
    signedOn?: PartialDate;
    eventCode?: string;
    cityCodes: string[];
    districtCodes: string[];
    projectCodes: string[];
    summaryZh: string;
    summaryEn: string;
  };

export type SeedOrganization = Named &
  Sourced & {
    kind: OrganizationKind;
    foundedOn?: PartialDate;
    eventCode?: string;
    cityCodes: string[];
    summaryZh: string;
    summaryEn: string;
  };

export type SeedIndicator = Named &
  Sourced & {
    value: number;
    unitZh: string;
    unitEn: string;
    asOf?: PartialDate;
    // Undefined means the whole circle.
    cityCode?: string;
  };

export type SeedPlan = Named &
  Sourced & {
    kind: PlanKind;
    adoptedOn?: PartialDate;
    eventCode?: string;
    projectCodes: string[];
    agreementCodes: string[];
    summaryZh: string;
    summaryEn: string;
  };
