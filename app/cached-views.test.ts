import { describe, expect, it } from 'vitest';
import {
  cachedViewPath,
  dashboardViewQuery,
  homeViewQuery,
  isCachedViewPath,
  mapViewQuery,
  projectsViewQuery,
  viewName,
  viewQuery,
} from './cached-views';

const search = (query: string) => new URLSearchParams(query);

describe('cached views', () => {
  it('names equal filters alike, whatever the order, repeats or empty values of the query', () => {
    expect(cachedViewPath('/map', search('category=rail&city=370100'), false)).toBe(
      '/map/cached-view/city.370100~category.rail',
    );
    expect(cachedViewPath('/map', search('city=370100&stage=&category=rail&category=road'), false)).toBe(
      '/map/cached-view/city.370100~category.rail',
    );
    expect(cachedViewPath('/map', search(''), false)).toBe('/map/cached-view/all');
    expect(cachedViewPath('/dashboard', search('status=underway&city=370300&utm_source=news'), false)).toBe(
      '/dashboard/cached-view/city.370300~status.underway',
    );
  });

  it('leaves per-request rendering to anything outside the bounded set of filter views', () => {
    expect(cachedViewPath('/map', search('project=JN-RAIL-01'), false)).toBeNull();
    expect(cachedViewPath('/map', search('cell=10-12'), false)).toBeNull();
    expect(cachedViewPath('/map', search('after=JN-RAIL-01'), false)).toBeNull();
    expect(cachedViewPath('/map', search('city=999999'), false)).toBeNull();
    expect(cachedViewPath('/dashboard', search('category=spaceport'), false)).toBeNull();
    expect(cachedViewPath('/projects', search('after=50'), false)).toBeNull();
    expect(cachedViewPath('/projects', search('q=%E6%B8%AF'), false)).toBeNull();
    expect(cachedViewPath('/projects/RAIL-1', search('x=1'), false)).toBeNull();
    expect(cachedViewPath('/projects/not-a-code', search(''), false)).toBeNull();
    expect(cachedViewPath('/', search('x=1'), false)).toBeNull();
  });

  it("sends signed-out readers of the home page, the list's first pages and project pages to cached views", () => {
    expect(cachedViewPath('/', search(''), false)).toBe('/cached-view/home');
    expect(cachedViewPath('/projects', search('category=rail&city=370100'), false)).toBe(
      '/projects/cached-view/city.370100~category.rail',
    );
    expect(cachedViewPath('/projects/RAIL-1', search(''), false)).toBe('/projects/cached-view/project.RAIL-1');
    for (const path of ['/', '/projects', '/projects/RAIL-1'])
      expect(cachedViewPath(path, search(''), true)).toBeNull();
    expect(projectsViewQuery('project.RAIL-1')).toEqual({ project: 'RAIL-1' });
    expect(projectsViewQuery('project.rail-1')).toBeNull();
    expect(projectsViewQuery('category.rail')).toEqual({ category: 'rail' });
    expect(homeViewQuery('home')).toEqual({});
    expect(homeViewQuery('all')).toBeNull();
  });

  it('never serves the public dashboard to a signed-in reader, who may read internally', () => {
    expect(cachedViewPath('/dashboard', search(''), true)).toBeNull();
    expect(cachedViewPath('/map', search(''), true)).toBe('/map/cached-view/all');
  });

  it('reads back only the names it makes', () => {
    for (const filters of [
      {},
      { city: '370100' },
      { category: 'rail', stage: 'implementation', health: 'at_risk', status: 'underway', city: '371600' },
    ]) {
      expect(viewQuery(viewName(filters))).toEqual(filters);
    }
    for (const name of [
      '',
      'city',
      'city.',
      '.370100',
      'category.rail~city.370100',
      'city.370100~city.370300',
      'colour.red',
      'all~city.370100',
    ]) {
      expect(viewQuery(name), name).toBeNull();
    }
  });

  it('gives a cached page its query only for a name the proxy makes for that page', () => {
    expect(mapViewQuery('city.370100~category.rail')).toEqual({ city: '370100', category: 'rail' });
    expect(dashboardViewQuery('health.at_risk')).toEqual({ health: 'at_risk' });
    expect(mapViewQuery('health.at_risk')).toBeNull();
    expect(mapViewQuery('city.999999')).toBeNull();
    expect(dashboardViewQuery('category.spaceport')).toBeNull();
  });

  it('recognizes cached views asked for by their own path', () => {
    expect(isCachedViewPath('/map/cached-view/all')).toBe(true);
    expect(isCachedViewPath('/dashboard/cached-view')).toBe(true);
    expect(isCachedViewPath('/map')).toBe(false);
    expect(isCachedViewPath('/projects/cached-view')).toBe(true);
    expect(isCachedViewPath('/cached-view/home')).toBe(true);
    expect(isCachedViewPath('/projects/RAIL-1')).toBe(false);
  });
});
