import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_TYPES,
  CATEGORIES,
  DISTRICT_KINDS,
  EVENT_KINDS,
  HEALTHS,
  ORGANIZATION_KINDS,
  PLAN_KINDS,
  STAGES,
} from '@/lib/enums';
import { seedAgreements } from './agreements';
import { seedCities } from './cities';
import { seedDistricts } from './districts';
import { seedEvents } from './events';
import { seedIndicators } from './indicators';
import { seedOrganizations } from './organizations';
import { seedPlans } from './plans';
import { seedProjects } from './projects';
import type { LngLat, SeedGeometry } from './types';

// The report is kept with the seed (seed/source/README.md says where it came from).
function readArticle(): string {
  return fs.readFileSync(path.join(import.meta.dirname, 'source/article-zh.txt'), 'utf8');
}

// Only the report itself is a source: the reprint's footer, disclaimer and photo credit are not.
const article = readArticle();
const reportBody = article.slice(0, article.indexOf('来源:舜网-济南日报'));

// Words the reprint's synonym rewriter put in place of the official terms (GLOSSARY.md, left
// column). None may appear in our own text; each was checked not to occur inside an official term.
const GARBLED = [
  '展开',
  '遥墙世界机场',
  '成功机场',
  '地道',
  '游览',
  '协作',
  '工业',
  '文明',
  '形象济南',
  '同享',
  '建造',
  '施行',
  '维护',
  '范畴',
  '要点',
  '作业',
  '途径',
  '完结',
  '提高改造',
  '改造提高',
  '悉数',
  '不合法',
  '全掩盖',
  '别离',
  '签定',
  '安排举办',
  '审议经过',
  '乡村复兴',
  '生态参观',
  '黄河下流',
  '上下流',
  '便当',
  '行政法律',
  '工作创业',
  '供应不同',
  '世界医养',
  '世界知名',
  '出资',
  '交融',
  '开始计划',
  '挂号',
  '加速',
];

const partialDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const codePattern = /^[A-Z0-9-]+$/;

const sourced = [
  ...seedProjects.map((r) => ({ ...r, recordType: 'project' })),
  ...seedEvents.map((r) => ({ ...r, recordType: 'event' })),
  ...seedPlans.map((r) => ({ ...r, recordType: 'plan' })),
  ...seedAgreements.map((r) => ({ ...r, recordType: 'agreement' })),
  ...seedOrganizations.map((r) => ({ ...r, recordType: 'organization' })),
  ...seedIndicators.map((r) => ({ ...r, recordType: 'indicator' })),
];

const cityCodes = new Set(seedCities.map((c) => c.code));
const districtCodes = new Set(seedDistricts.map((d) => d.code));
const eventCodes = new Set(seedEvents.map((e) => e.code));
const projectCodes = new Set(seedProjects.map((p) => p.code));
const agreementCodes = new Set(seedAgreements.map((a) => a.code));

function duplicates(codes: string[]): string[] {
  return codes.filter((c, i) => codes.indexOf(c) !== i);
}

function unknown(codes: Iterable<string>, known: Set<string>): string[] {
  return [...codes].filter((c) => !known.has(c));
}

function pointsOf(g: SeedGeometry): LngLat[] {
  return g.type === 'Point' ? [g.coordinates] : g.coordinates;
}

describe('seed data', () => {
  it('quotes every record verbatim from the report', () => {
    for (const r of sourced) {
      expect(r.sourceQuote.trim(), `${r.recordType} ${r.code}`).not.toBe('');
      expect(reportBody.includes(r.sourceQuote), `${r.recordType} ${r.code} quote not in the article`).toBe(true);
    }
  });

  it('keeps codes unique within each record type and URL-safe', () => {
    const byType = {
      city: seedCities,
      district: seedDistricts,
      project: seedProjects,
      event: seedEvents,
      plan: seedPlans,
      agreement: seedAgreements,
      organization: seedOrganizations,
      indicator: seedIndicators,
    };
    for (const [type, records] of Object.entries(byType)) {
      const codes = records.map((r) => r.code);
      expect(duplicates(codes), type).toEqual([]);
      expect(
        codes.filter((c) => !codePattern.test(c)),
        type,
      ).toEqual([]);
    }
  });

  it('uses the official six-digit codes for cities and districts', () => {
    expect(seedCities).toHaveLength(7);
    for (const c of seedCities) expect(c.code).toMatch(/^37\d{2}00$/);
    for (const d of seedDistricts) {
      if (d.kind !== 'development_zone')
        expect(d.code, d.nameZh).toMatch(new RegExp(`^${d.cityCode.slice(0, 4)}\\d{2}$`));
    }
  });

  it('uses only the closed vocabularies', () => {
    for (const d of seedDistricts) expect(DISTRICT_KINDS).toContain(d.kind);
    for (const p of seedProjects) {
      expect(CATEGORIES, p.code).toContain(p.category);
      expect(STAGES, p.code).toContain(p.stage);
      expect(HEALTHS, p.code).toContain(p.health);
    }
    for (const e of seedEvents) expect(EVENT_KINDS, e.code).toContain(e.kind);
    for (const a of seedAgreements) expect(AGREEMENT_TYPES, a.code).toContain(a.type);
    for (const o of seedOrganizations) expect(ORGANIZATION_KINDS, o.code).toContain(o.kind);
    for (const p of seedPlans) expect(PLAN_KINDS, p.code).toContain(p.kind);
  });

  it('refers only to records that exist', () => {
    expect(
      unknown(
        seedDistricts.map((d) => d.cityCode),
        cityCodes,
      ),
    ).toEqual([]);
    for (const p of seedProjects) {
      expect(p.cityCodes.length, p.code).toBeGreaterThan(0);
      expect(unknown(p.cityCodes, cityCodes), p.code).toEqual([]);
      expect(unknown(p.districtCodes, districtCodes), p.code).toEqual([]);
    }
    for (const e of seedEvents) if (e.hostCityCode) expect(cityCodes.has(e.hostCityCode), e.code).toBe(true);
    for (const a of seedAgreements) {
      expect(unknown(a.cityCodes, cityCodes), a.code).toEqual([]);
      expect(unknown(a.districtCodes, districtCodes), a.code).toEqual([]);
      expect(unknown(a.projectCodes, projectCodes), a.code).toEqual([]);
      if (a.eventCode) expect(eventCodes.has(a.eventCode), a.code).toBe(true);
    }
    for (const o of seedOrganizations) {
      expect(unknown(o.cityCodes, cityCodes), o.code).toEqual([]);
      if (o.eventCode) expect(eventCodes.has(o.eventCode), o.code).toBe(true);
    }
    for (const p of seedPlans) {
      expect(unknown(p.projectCodes, projectCodes), p.code).toEqual([]);
      expect(unknown(p.agreementCodes, agreementCodes), p.code).toEqual([]);
      if (p.eventCode) expect(eventCodes.has(p.eventCode), p.code).toBe(true);
    }
    for (const i of seedIndicators) if (i.cityCode) expect(cityCodes.has(i.cityCode), i.code).toBe(true);
  });

  it('writes dates as partial ISO dates and progress as a whole percentage', () => {
    const dates = [
      ...seedProjects.flatMap((p) => [
        p.plannedStart,
        p.plannedEnd,
        p.actualStart,
        p.actualEnd,
        p.baselineStart,
        p.baselineEnd,
      ]),
      ...seedEvents.map((e) => e.heldOn),
      ...seedAgreements.map((a) => a.signedOn),
      ...seedOrganizations.map((o) => o.foundedOn),
      ...seedIndicators.map((i) => i.asOf),
      ...seedPlans.map((p) => p.adoptedOn),
    ].filter((d): d is string => d !== undefined);
    for (const d of dates) expect(d).toMatch(partialDate);
    for (const p of seedProjects) {
      if (p.progress !== null) {
        expect(Number.isInteger(p.progress), p.code).toBe(true);
        expect(p.progress, p.code).toBeGreaterThanOrEqual(0);
        expect(p.progress, p.code).toBeLessThanOrEqual(100);
      }
    }
  });

  it("writes its own text with the official terms, not the reprint's garbled ones", () => {
    const texts = [
      ...seedCities.map((c) => [c.code, c.nameZh]),
      ...seedDistricts.map((d) => [d.code, d.nameZh]),
      ...seedProjects.map((p) => [p.code, p.nameZh, p.descriptionZh]),
      ...seedEvents.map((e) => [e.code, e.nameZh, e.summaryZh]),
      ...seedPlans.map((p) => [p.code, p.nameZh, p.summaryZh]),
      ...seedAgreements.map((a) => [a.code, a.nameZh, a.summaryZh]),
      ...seedOrganizations.map((o) => [o.code, o.nameZh, o.summaryZh]),
      ...seedIndicators.map((i) => [i.code, i.nameZh, i.unitZh]),
    ];
    for (const [code, ...zh] of texts) {
      for (const text of zh)
        expect(
          GARBLED.filter((w) => text.includes(w)),
          code,
        ).toEqual([]);
    }
  });

  // A baseline is the plan as approved: the seed may only give one where the article dates a
  // plan, so a baseline without the planned date it came from would be invented.
  it('gives a baseline only where the article gives the planned dates', () => {
    for (const p of seedProjects) {
      if (p.baselineStart) expect(p.baselineStart, p.code).toBe(p.plannedStart);
      if (p.baselineEnd) expect(p.baselineEnd, p.code).toBe(p.plannedEnd);
    }
  });

  it('places every geometry inside Shandong', () => {
    for (const p of seedProjects) {
      if (!p.geometry) continue;
      if (p.geometry.type === 'LineString') expect(p.geometry.coordinates.length, p.code).toBeGreaterThanOrEqual(2);
      for (const [lng, lat] of pointsOf(p.geometry)) {
        expect(lng, p.code).toBeGreaterThanOrEqual(114.5);
        expect(lng, p.code).toBeLessThanOrEqual(122.9);
        expect(lat, p.code).toBeGreaterThanOrEqual(34.3);
        expect(lat, p.code).toBeLessThanOrEqual(38.5);
      }
    }
  });
});
