import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Oc4idsFacts } from '@/lib/oc4ids/facts';
import { buildPackage, oc4idsContext } from '@/lib/oc4ids/package';
import { mapProject } from '@/lib/oc4ids/project';
import { SCHEMA_DIR } from './schemas';
import { packageProblems, validatePackage } from './validate-package';

const context = oc4idsContext('http://localhost:3000', 'abc123');

const facts: Oc4idsFacts = {
  project: {
    code: 'RAIL-TEST',
    nameZh: '测试铁路',
    nameEn: 'Test railway',
    descriptionZh: '说明',
    descriptionEn: '',
    category: 'rail',
    stage: 'completion',
    progress: 100,
    plannedStart: '2019',
    plannedEnd: '2021-06',
    actualStart: '2019-03-01',
    actualEnd: '2021-11',
    geometry: JSON.stringify({
      type: 'LineString',
      coordinates: [
        [117, 36.6],
        [118, 36.8],
      ],
    }),
    geometryApproximate: true,
    sourceQuote: '引文',
    updatedAt: '2021-12-01T00:00:00.000Z',
    lastVerifiedAt: '2021-12-01',
  },
  cities: [
    { code: '370100', nameZh: '济南市', nameEn: 'Jinan' },
    { code: '370300', nameZh: '淄博市', nameEn: 'Zibo' },
  ],
  agreements: [
    { code: 'AG-1', nameZh: '协议', nameEn: 'Agreement', signedOn: '2021-10', cityCodes: ['370100', '370300'] },
  ],
  milestones: [{ id: 7, titleZh: '通车', titleEn: '', plannedOn: '2021', actualOn: null, status: 'not_met' }],
  evidence: [{ id: 3, fileName: 'site.png', mimeType: 'image/png', createdAt: '2021-12-02T08:00:00.000Z' }],
  progressReports: [{ historyId: 9, at: '2021-11-01T08:00:00.000Z', value: 80 }],
};

const good = () => buildPackage(context, 'http://localhost:3000/api/v1/oc4ids', [mapProject(facts, context)]);
type Project = Record<string, unknown> & { parties: { id: string }[]; milestones: { status: string }[] };
const broken = (change: (project: Project) => void) => {
  const data = good();
  change(data.projects[0] as Project);
  return packageProblems(data);
};

describe('the OC4IDS validator', () => {
  it('accepts the release’s official example against the schema', () => {
    const example = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'examples/example.json'), 'utf8'));
    expect(validatePackage(example).errors).toEqual([]);
  });

  it('accepts a mapped project with nothing to report', () => {
    expect(packageProblems(good())).toEqual([]);
  });

  it('refuses a wrong sector code', () => {
    expect(broken((p) => (p.sector = ['transport', 'transport.railway']))).toEqual([
      '/projects/0/sector "transport.railway" is not in projectSector.csv',
    ]);
  });

  it('refuses a value outside a closed codelist', () => {
    expect(broken((p) => (p.milestones[0].status = 'not_met')).join()).toMatch(/milestones\/0\/status/);
    expect(broken((p) => (p.status = 'underway')).join()).toMatch(/status/);
  });

  it('refuses a field neither the standard nor the extension names', () => {
    expect(broken((p) => (p.health = 'on_track')).join()).toMatch(/additionalProperty.*health/);
  });

  it('refuses an empty value, an amount without currency, a dangling party and a bad id', () => {
    expect(broken((p) => (p.description = ' '))).toEqual(['missing-values: /projects/0/description']);
    expect(broken((p) => (p.budget = { amount: { amount: 5 } }))).toEqual([
      'missing-currency: /projects/0/budget/amount',
    ]);
    expect(broken((p) => (p.parties = p.parties.slice(1)))).toEqual([
      'missing-org-refs: /projects/0/publicAuthority/id',
    ]);
    expect(broken((p) => (p.id = 'oc4ids-RAIL-TEST'))).toEqual(['invalid-project-ids: /projects/0/id']);
  });

  it('refuses a date that is not a full date-time', () => {
    expect(broken((p) => (p.updated = '2021-12')).join()).toMatch(/updated.*date-time/);
  });
});
