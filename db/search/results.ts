import 'server-only';
import { inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import { outerId } from '@/db/core/outer-id';
import * as t from '@/db/core/schema';
import type { Stage } from '@/lib/enums';
import type { SearchKind } from '@/lib/search/search-kinds';

// What a search result shows of each record: its names, cities, stage where it has one, the
// texts a match may be in, and whether it is a draft (only staff find drafts). Only fields of
// each record's public shape: never an internal note.

export type SearchHit = {
  kind: SearchKind;
  code: string;
  nameZh: string;
  nameEn: string;
  stage: Stage | null;
  draft: boolean;
  citiesZh: string[];
  citiesEn: string[];
  texts: string[];
};

const names = (column: 'name_zh' | 'name_en', join: SQL) =>
  sql<string | null>`(select group_concat(c.${sql.raw(column)}, ',') from ${join})`;

function cityNames(kind: SearchKind): [SQL<string | null>, SQL<string | null>] {
  const link = (table: SQL, column: string, outer: SQL) =>
    sql`${table} l join ${t.cities} c on c.id = l.city_id where l.${sql.raw(column)} = ${outer}`;
  const single = (column: SQL) => sql`${t.cities} c where c.id = ${column}`;
  const from: Record<SearchKind, SQL | null> = {
    project: link(sql`${t.projectCities}`, 'project_id', outerId(t.projects)),
    agreement: link(sql`${t.agreementCities}`, 'agreement_id', outerId(t.agreements)),
    organization: link(sql`${t.organizationCities}`, 'organization_id', outerId(t.organizations)),
    event: single(sql`${t.events}.host_city_id`),
    indicator: single(sql`${t.indicators}.city_id`),
    plan: null,
  };
  const join = from[kind];
  return join ? [names('name_zh', join), names('name_en', join)] : [sql`null`, sql`null`];
}

function textColumns(kind: SearchKind) {
  switch (kind) {
    case 'project':
      return {
        table: t.projects,
        texts: [t.projects.descriptionZh, t.projects.descriptionEn],
        stage: t.projects.stage,
      };
    case 'indicator':
      return { table: t.indicators, texts: [t.indicators.unitZh, t.indicators.unitEn], stage: null };
    case 'agreement':
      return { table: t.agreements, texts: [t.agreements.summaryZh, t.agreements.summaryEn], stage: null };
    case 'organization':
      return { table: t.organizations, texts: [t.organizations.summaryZh, t.organizations.summaryEn], stage: null };
    case 'event':
      return { table: t.events, texts: [t.events.summaryZh, t.events.summaryEn], stage: null };
    case 'plan':
      return { table: t.plans, texts: [t.plans.summaryZh, t.plans.summaryEn], stage: null };
  }
}

// The rows for ids the index found, in the order given.
export function fetchSearchHits(kind: SearchKind, ids: number[]): SearchHit[] {
  if (ids.length === 0) return [];
  const { table, texts, stage } = textColumns(kind);
  const [citiesZh, citiesEn] = cityNames(kind);
  const rows = getDb()
    .select({
      id: table.id,
      code: table.code,
      nameZh: table.nameZh,
      nameEn: table.nameEn,
      stage: stage ?? sql<null>`null`,
      publication: table.publication,
      citiesZh,
      citiesEn,
      textZh: texts[0],
      textEn: texts[1],
      sourceQuote: table.sourceQuote,
    })
    .from(table)
    .where(inArray(table.id, ids))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        kind,
        code: r.code,
        nameZh: r.nameZh,
        nameEn: r.nameEn,
        stage: (r.stage as Stage | null) ?? null,
        draft: r.publication !== 'published',
        citiesZh: r.citiesZh ? r.citiesZh.split(',') : [],
        citiesEn: r.citiesEn ? r.citiesEn.split(',') : [],
        texts: [r.textZh, r.textEn, r.sourceQuote].filter(Boolean),
      },
    ];
  });
}
