import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps a path on this site', () => {
    expect(safeNextPath('/staff/tokens')).toBe('/staff/tokens');
    expect(safeNextPath('/staff/users?x=1')).toBe('/staff/users?x=1');
  });

  it('refuses anything that could leave the site', () => {
    for (const next of [
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/staff\\x',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      undefined,
      ['/staff'],
    ]) {
      expect(safeNextPath(next)).toBe('/staff');
    }
  });
});
