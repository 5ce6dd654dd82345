import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProjectCsv } from './csv-import';
import { toPublicProject } from './public-view';
import {
  parseCsvCities,
  projectCsvColumns,
  stringifyProjectCsv,
  toProjectCsvRow,
  toProjectExportRecord,
  unescapeCsvFormula,
  type ProjectExportSource,
} from './csv';

const source: ProjectExportSource & { healthInternal: boolean } = {
  code: 'RAIL-1',
  nameZh: '济郑高铁, 一期',
  nameEn: 'Jinan–Zhengzhou "HSR"',
  category: 'rail',
  stage: 'implementation',
  health: 'at_risk',
  healthInternal: true,
  progress: null,
  plannedStart: '2021',
  plannedEnd: '2023-12',
  actualStart: null,
  actualEnd: null,
  baselineStart: '2021',
  baselineEnd: '2023-06',
  slippageDays: 184,
  scheduleReason: 'funding',
  lastVerifiedAt: '2021-12-01',
  publication: 'draft',
  cityCodes: ['371500', '370100'],
};

describe('project CSV', () => {
  it('gives public readers no publication column and no internal health', () => {
    const record = toProjectExportRecord(toPublicProject(source), false);
    expect(projectCsvColumns(false)).not.toContain('publication');
    expect(record.health).toBeNull();
    expect(record).not.toHaveProperty('publication');
    expect(toProjectCsvRow(record, projectCsvColumns(false))).toEqual([
      'RAIL-1',
      '济郑高铁, 一期',
      'Jinan–Zhengzhou "HSR"',
      'rail',
      'implementation',
      '',
      '',
      '2021',
      '2023-12',
      '',
      '',
      '2021',
      '2023-06',
      '184',
      'funding',
      '370100|371500',
      '2021-12-01',
    ]);
  });

  it('gives staff every column', () => {
    const row = toProjectCsvRow(toProjectExportRecord(source, true), projectCsvColumns(true));
    expect(row[5]).toBe('at_risk');
    expect(row.at(-1)).toBe('draft');
  });

  it('survives a round trip through a CSV library with Chinese, commas and quotes', () => {
    const columns = projectCsvColumns(true);
    const text = stringify([toProjectCsvRow(toProjectExportRecord(source, true), columns)], {
      header: true,
      columns,
      bom: true,
    });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [back] = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(back.nameZh).toBe(source.nameZh);
    expect(back.nameEn).toBe(source.nameEn);
    expect(parseCsvCities(back.cities)).toEqual(['370100', '371500']);
  });
});

describe('export then import', () => {
  it('reads an exported file back as the same values, with or without the publication column', () => {
    for (const internal of [true, false]) {
      const columns = projectCsvColumns(internal);
      const text = '\uFEFF' + stringify([columns, toProjectCsvRow(toProjectExportRecord(source, internal), columns)]);
      const read = readProjectCsv(text);
      expect(read.error).toBeUndefined();
      expect(read.rows?.[0].input).toMatchObject({
        code: 'RAIL-1',
        nameZh: '济郑高铁, 一期',
        cityCodes: ['370100', '371500'],
        plannedEnd: '2023-12',
      });
      expect(read.rows?.[0].input.publication).toBe(internal ? 'draft' : undefined);
    }
  });
});

describe('formulas in the CSV', () => {
  const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
  const cell = fc.oneof(
    fc.string(),
    fc
      .tuple(fc.stringMatching(/^'{0,3}[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/), fc.string())
      .map(([start, rest]) => start + rest),
  );

  it('never writes a cell a spreadsheet runs, and reads every cell back as it was', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), (cells) => {
        const [written] = parse(stringifyProjectCsv([cells])) as string[][];
        for (const w of written) expect(w).not.toMatch(formulaStart);
        expect(written.map(unescapeCsvFormula)).toEqual(cells);
      }),
    );
  });
});
