import 'server-only';
import type { SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { visibleWhere, type ReadScope } from '@/db/core/read-scope';

// What the public may see of agreements, organizations, indicators, events and plans: published
// records that are not deleted, in the open-data shape with only the fields listed here.

type RecordTable = { publication: SQLiteColumn; deletedAt: SQLiteColumn };

export function recordRowsWhere(scope: ReadScope, table: RecordTable): SQL {
  return visibleWhere(scope, table);
}

type Named = { code: string; nameZh: string; nameEn: string; sourceQuote: string };
type Summarized = Named & { summaryZh: string; summaryEn: string };
const names = (r: Named) => ({ code: r.code, name: r.nameZh, nameEn: r.nameEn });
const summaries = (r: Summarized) => ({ summaryZh: r.summaryZh, summaryEn: r.summaryEn });

export function toPublicAgreement(
  r: Summarized & {
    type: string;
    signedOn: string | null;
    eventCode: string | null;
    updatedAt: string;
    cityCodes: string[];
    districtCodes: string[];
    projectCodes: string[];
  },
) {
  return {
    ...names(r),
    type: r.type,
    signedOn: r.signedOn,
    ...summaries(r),
    eventCode: r.eventCode,
    districtCodes: r.districtCodes,
    projectCodes: r.projectCodes,
    sourceQuote: r.sourceQuote,
    updatedAt: r.updatedAt,
    cities: r.cityCodes,
  };
}

export function toPublicOrganization(
  r: Summarized & {
    kind: string;
    foundedOn: string | null;
    eventCode: string | null;
    updatedAt: string;
    cityCodes: string[];
  },
) {
  return {
    ...names(r),
    kind: r.kind,
    foundedOn: r.foundedOn,
    ...summaries(r),
    eventCode: r.eventCode,
    sourceQuote: r.sourceQuote,
    updatedAt: r.updatedAt,
    cities: r.cityCodes,
  };
}

export function toPublicIndicator(
  r: Named & {
    value: number;
    unitZh: string;
    unitEn: string;
    asOf: string | null;
    cityCode: string | null;
    updatedAt: string;
  },
) {
  return {
    ...names(r),
    value: r.value,
    unitZh: r.unitZh,
    unitEn: r.unitEn,
    asOf: r.asOf,
    sourceQuote: r.sourceQuote,
    updatedAt: r.updatedAt,
    cities: r.cityCode ? [r.cityCode] : [],
  };
}

export function toPublicEvent(
  r: Summarized & { kind: string; heldOn: string | null; hostCityCode: string | null; updatedAt: string },
) {
  return {
    ...names(r),
    kind: r.kind,
    heldOn: r.heldOn,
    ...summaries(r),
    sourceQuote: r.sourceQuote,
    updatedAt: r.updatedAt,
    cities: r.hostCityCode ? [r.hostCityCode] : [],
  };
}

export function toPublicPlan(r: Summarized & { kind: string; adoptedOn: string | null }) {
  return {
    ...names(r),
    kind: r.kind,
    adoptedOn: r.adoptedOn,
    ...summaries(r),
    sourceQuote: r.sourceQuote,
    cities: [] as string[],
  };
}
