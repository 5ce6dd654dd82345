import { describe, expect, it } from 'vitest';
import { joinNames } from './join-names';

describe('joinNames', () => {
  it('uses the enumeration comma in Chinese and a comma in English', () => {
    expect(joinNames('zh', ['济南市', '淄博市'])).toBe('济南市、淄博市');
    expect(joinNames('en', ['Jinan', 'Zibo'])).toBe('Jinan, Zibo');
    expect(joinNames('en', [])).toBe('');
  });
});
