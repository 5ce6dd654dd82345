import 'server-only';
import { and, asc, eq, isNull, like, or, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import * as t from '@/db/core/schema';
import type { RecordKind } from './validation';

// Staff reads of agreements, organizations, indicators and events as their edit forms need
// them: drafts included, with version and cities. Deleted records are gone from here too.

type CityLink = {
  table: typeof t.agreementCities | typeof t.organizationCities;
  owner: typeof t.agreementCities.agreementId;
  ownerKey: string;
};

export const RECORD_TABLES = {
  agreement: {
    table: t.agreements,
    link: { table: t.agreementCities, owner: t.agreementCities.agreementId, ownerKey: 'agreementId' } as CityLink,
  },
  organization: {
    table: t.organizations,
    link: {
      table: t.organizationCities,
      owner: t.organizationCities.organizationId,
      ownerKey: 'organizationId',
    } as unknown as CityLink,
  },
  indicator: { table: t.indicators, cityColumn: 'cityId' as const },
  event: { table: t.events, cityColumn: 'hostCityId' as const },
} satisfies Record<RecordKind, { table: unknown; link?: CityLink; cityColumn?: string }>;

type AnyRecordTable = typeof t.agreements;
export type EditableRecord = {
  id: number;
  code: string;
  version: number;
  publication: 'draft' | 'published';
  state: Record<string, unknown>;
  cityCodes: string[];
};

function cityCodeOf(id: number | null): string[] {
  if (!id) return [];
  const code = getDb().select({ code: t.cities.code }).from(t.cities).where(eq(t.cities.id, id)).get()?.code;
  return code ? [code] : [];
}

export function fetchRecordCityCodes(kind: RecordKind, row: Record<string, unknown> & { id: number }): string[] {
  const config = RECORD_TABLES[kind];
  if ('cityColumn' in config) return cityCodeOf(row[config.cityColumn] as number | null);
  const link = config.link;
  return getDb()
    .select({ code: t.cities.code })
    .from(link.table)
    .innerJoin(t.cities, eq(t.cities.id, (link.table as typeof t.agreementCities).cityId))
    .where(eq(link.owner, row.id))
    .orderBy(asc(t.cities.code))
    .all()
    .map((r) => r.code);
}

export function fetchAgreementProjectCodes(agreementId: number): string[] {
  return getDb()
    .select({ code: t.projects.code })
    .from(t.agreementProjects)
    .innerJoin(t.projects, eq(t.projects.id, t.agreementProjects.projectId))
    .where(and(eq(t.agreementProjects.agreementId, agreementId), isNull(t.projects.deletedAt)))
    .orderBy(asc(t.projects.code))
    .all()
    .map((r) => r.code);
}

export function fetchEditableRecord(kind: RecordKind, code: string): EditableRecord | null {
  const table = RECORD_TABLES[kind].table as AnyRecordTable;
  const row = getDb()
    .select()
    .from(table)
    .where(and(eq(table.code, code), isNull(table.deletedAt)))
    .get() as (t.Agreement & Record<string, unknown>) | undefined;
  if (!row) return null;
  const cityCodes = fetchRecordCityCodes(kind, row);
  const { id, version, updatedAt, deletedAt, cityId, hostCityId, eventId, ...columns } = row;
  void updatedAt;
  void deletedAt;
  void cityId;
  void hostCityId;
  void eventId;
  const state: Record<string, unknown> = { ...columns, cityCodes };
  if (kind === 'agreement') state.projectCodes = fetchAgreementProjectCodes(id);
  return { id, code: row.code, version, publication: row.publication, state, cityCodes };
}

export function fetchEditableRecordList(kind: RecordKind, search?: string) {
  const table = RECORD_TABLES[kind].table as AnyRecordTable;
  const conditions: SQL[] = [isNull(table.deletedAt)];
  if (search)
    conditions.push(
      or(like(table.nameZh, `%${search}%`), like(table.nameEn, `%${search}%`), like(table.code, `%${search}%`))!,
    );
  const rows = getDb()
    .select()
    .from(table)
    .where(and(...conditions))
    .orderBy(asc(table.code))
    .all() as (t.Agreement & Record<string, unknown>)[];
  return rows.map((r) => ({
    code: r.code,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    publication: r.publication,
    version: r.version,
    updatedAt: r.updatedAt,
    cityCodes: fetchRecordCityCodes(kind, r),
  }));
}
