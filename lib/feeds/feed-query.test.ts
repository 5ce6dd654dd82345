import { describe, expect, it } from 'vitest';
import { feedSearch, parseFeedQuery } from './feed-query';

const CITIES = ['370100', '370300'];

describe('parseFeedQuery', () => {
  it('reads the list filters, a project, the language and the page', () => {
    expect(parseFeedQuery({ city: '370300', category: 'rail', lang: 'en', before: '42' }, CITIES)).toEqual({
      query: { filters: { city: '370300', category: 'rail' }, lang: 'en', before: 42 },
    });
    expect(parseFeedQuery({ project: 'RAIL-X' }, CITIES)).toEqual({
      query: { filters: {}, project: 'RAIL-X', lang: 'zh' },
    });
  });

  it('names the parameter it refuses', () => {
    const param = (params: Record<string, string>) => {
      const parsed = parseFeedQuery(params, CITIES);
      return parsed.error?.param;
    };
    expect(param({ city: '999999' })).toBe('city');
    expect(param({ category: 'canal' })).toBe('category');
    expect(param({ lang: 'fr' })).toBe('lang');
    expect(param({ before: 'soon' })).toBe('before');
    expect(param({ project: '<script>' })).toBe('project');
  });
});

describe('feedSearch', () => {
  it('writes the same address for the same feed, whatever the order asked', () => {
    const a = parseFeedQuery({ city: '370100', category: 'port', lang: 'en' }, CITIES);
    const b = parseFeedQuery({ lang: 'en', category: 'port', city: '370100' }, CITIES);
    expect(feedSearch(a.query!)).toBe('?category=port&city=370100&lang=en');
    expect(feedSearch(b.query!, 7)).toBe('?before=7&category=port&city=370100&lang=en');
  });
});
