import { describe, expect, it } from 'vitest';
import { endsBeforeStart } from '@/lib/validation/fields';
import { parseProjectCreate, parseProjectPatch } from './validation';

const CITIES = ['370100', '370300'];

describe('project validation', () => {
  it('accepts partial dates and coerces progress from a form', () => {
    expect(
      parseProjectPatch({ progress: '55', plannedStart: '2021', plannedEnd: '2021-10', actualEnd: '' }, () => CITIES),
    ).toEqual({ data: { progress: 55, plannedStart: '2021', plannedEnd: '2021-10', actualEnd: null } });
    expect(parseProjectPatch({ progress: '' }, () => CITIES)).toEqual({ data: { progress: null } });
  });

  it('names each bad field with a message key', () => {
    const { errors } = parseProjectPatch(
      { progress: 140, plannedStart: '2021-13', stage: 'done', cityCodes: ['999999'], nameZh: ' ' },
      () => CITIES,
    );
    expect(errors).toEqual({
      progress: ['progressRange'],
      plannedStart: ['dateFormat'],
      stage: ['choose'],
      nameZh: ['required'],
    });
    expect(
      parseProjectPatch({ progress: 5 }, () => {
        throw new Error('the cities were read');
      }),
    ).toEqual({ data: { progress: 5 } });
    expect(parseProjectPatch({ cityCodes: ['999999'] }, () => CITIES).errors).toEqual({ cityCodes: ['unknownCity'] });
    expect(parseProjectPatch({ progress: 4.5 }, () => CITIES).errors).toEqual({ progress: ['integer'] });
    expect(parseProjectPatch({ progress: 'lots' }, () => CITIES).errors).toEqual({ progress: ['number'] });
    expect(parseProjectPatch({ version: 3 }, () => CITIES).errors).toEqual({ version: ['unknownField'] });
    expect(parseProjectPatch({ lastVerifiedAt: '2021-02-30' }, () => CITIES).errors).toEqual({
      lastVerifiedAt: ['dayFormat'],
    });
  });

  it('refuses an end before its start, planned and actual', () => {
    const base = { code: 'ROAD-X', nameZh: '路', category: 'road', stage: 'preparation', cityCodes: ['370100'] };
    expect(parseProjectCreate({ ...base, plannedStart: '2022-03', plannedEnd: '2022-02' }, CITIES).errors).toEqual({
      plannedEnd: ['endBeforeStart'],
    });
    expect(parseProjectCreate({ ...base, actualStart: '2022', actualEnd: '2021-12-31' }, CITIES).errors).toEqual({
      actualEnd: ['endBeforeStart'],
    });
    expect(parseProjectCreate({ ...base, cityCodes: [] }, CITIES).errors).toEqual({ cityCodes: ['citiesRequired'] });
    expect(parseProjectCreate(base, CITIES).data).toMatchObject(base);
  });

  it('compares dates of different precision on what both say', () => {
    expect(endsBeforeStart('2021-10', '2021')).toBe(false);
    expect(endsBeforeStart('2021-10-20', '2021-10-19')).toBe(true);
    expect(endsBeforeStart('2021', '2020-12')).toBe(true);
    expect(endsBeforeStart(null, '2020')).toBe(false);
  });
});
