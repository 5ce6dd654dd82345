import { describe, expect, it } from 'vitest';
import { filtersToQuery, type ProjectFilters } from '@/lib/project-filters';
import { projectListHref } from './dashboard-links';
import { stageHref } from './stage-href';

describe('stageHref', () => {
  it('gives the same link as narrowing the filters by stage', () => {
    const cases: [ProjectFilters, ProjectFilters][] = [
      [{}, { category: 'road' }],
      [{ city: '370100' }, { category: 'rail' }],
      [{ stage: 'completion', status: 'done' }, { city: '371500' }],
    ];
    for (const [filters, narrow] of cases) {
      expect(stageHref(projectListHref(filters, narrow), 'implementation')).toBe(
        projectListHref(filters, { ...narrow, stage: 'implementation' }),
      );
    }
    expect(filtersToQuery({})).toBe('');
    expect(stageHref('/projects', 'maintenance')).toBe('/projects?stage=maintenance');
  });
});
