import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { directProjectWrite } from './direct-project-writes';

const request = (method: string, url: string, authorization?: string) =>
  ({ method, url, headers: authorization ? { authorization } : {} }) as unknown as IncomingMessage;

describe('directProjectWrite', () => {
  it('takes a PATCH of one project sent with a token', () => {
    expect(directProjectWrite(request('PATCH', '/api/v1/projects/RAIL-X', 'Bearer abc'))).toBe('RAIL-X');
    expect(directProjectWrite(request('PATCH', '/api/v1/projects/RAIL%2DX?lang=en', 'bearer abc'))).toBe('RAIL-X');
  });

  it("leaves to Next every other request, and token-less writes from the site's pages", () => {
    expect(directProjectWrite(request('GET', '/api/v1/projects/RAIL-X', 'Bearer abc'))).toBeNull();
    expect(directProjectWrite(request('POST', '/api/v1/projects', 'Bearer abc'))).toBeNull();
    expect(directProjectWrite(request('PATCH', '/api/v1/projects/RAIL-X'))).toBeNull();
    expect(directProjectWrite(request('PATCH', '/api/v1/projects/RAIL-X', 'Basic abc'))).toBeNull();
    expect(directProjectWrite(request('PATCH', '/api/v1/projects/RAIL-X/milestones', 'Bearer abc'))).toBeNull();
    expect(directProjectWrite(request('PATCH', '/api/v1/projects/%E0%A4%A', 'Bearer abc'))).toBeNull();
  });
});
