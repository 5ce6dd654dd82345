import { describe, expect, it } from 'vitest';
import { loadMessages } from './messages';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('messages', () => {
  it('has every key in both languages', () => {
    expect(keys(loadMessages('en')).sort()).toEqual(keys(loadMessages('zh')).sort());
  });
});
