import { beforeAll, describe, expect, it } from 'vitest';
import { installTestDatabase } from '@/lib/test/test-database';
import { seedAgreements } from '@/seed/agreements';
import { seedProjects } from '@/seed/projects';
import { countProjects, fetchProjects } from './queries';
import { fetchAgreements } from '@/db/records/queries';

beforeAll(() => installTestDatabase({ seed: true }));

describe('project and agreement reads', () => {
  it('gives each project the cities it touches', () => {
    const { projects } = fetchProjects('public', {});
    for (const seeded of seedProjects) {
      expect(projects.find((p) => p.code === seeded.code)?.cityCodes, seeded.code).toEqual(
        [...seeded.cityCodes].sort(),
      );
    }
  });

  it('gives each agreement its parties and committed projects', () => {
    const agreements = fetchAgreements('public');
    for (const seeded of seedAgreements) {
      const read = agreements.find((a) => a.code === seeded.code);
      expect(read?.cityCodes, seeded.code).toEqual([...seeded.cityCodes].sort());
      expect(read?.projectCodes, seeded.code).toEqual([...seeded.projectCodes].sort());
    }
  });

  it('filters by a city through the link table', () => {
    const { projects } = fetchProjects('public', { city: '371500' });
    expect(projects.map((p) => p.code).sort()).toEqual(
      seedProjects
        .filter((p) => p.cityCodes.includes('371500'))
        .map((p) => p.code)
        .sort(),
    );
  });
});

describe('countProjects', () => {
  it('counts exactly up to the cap and says when it stopped', () => {
    const all = fetchProjects('public', {}).projects.length;
    expect(countProjects('public', {})).toEqual({ count: all, capped: false });
    expect(countProjects('public', {}, 5)).toEqual({ count: 5, capped: true });
    expect(countProjects('public', {}, all)).toEqual({ count: all, capped: false });
  });
});
