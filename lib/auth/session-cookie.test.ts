import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientAddress } from './client-address';
import { sessionCookie } from './session-cookie';
import { SESSION_ABSOLUTE_MS } from './session-policy';

afterEach(() => vi.unstubAllEnvs());

const headers = (init: Record<string, string>) => new Headers(init);

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, site-wide and lives no longer than the session', () => {
    const cookie = sessionCookie('tok', headers({}));
    expect(cookie).toMatchObject({ name: 'tracker_session', value: 'tok', httpOnly: true, sameSite: 'lax', path: '/' });
    expect(cookie.maxAge * 1000).toBe(SESSION_ABSOLUTE_MS);
    expect('domain' in cookie).toBe(false);
  });

  it('is Secure in production over https', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(sessionCookie('tok', headers({ 'x-forwarded-proto': 'https' })).secure).toBe(true);
    expect(sessionCookie('tok', headers({ 'x-forwarded-proto': 'https,http' })).secure).toBe(true);
  });

  it('is not Secure over plain http (the test server) or outside production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(sessionCookie('tok', headers({ 'x-forwarded-proto': 'http' })).secure).toBe(false);
    vi.stubEnv('NODE_ENV', 'development');
    expect(sessionCookie('tok', headers({ 'x-forwarded-proto': 'https' })).secure).toBe(false);
  });
});

describe('client address', () => {
  it('takes the right-most X-Forwarded-For entry, the one our proxy appended', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.7' }))).toBe('10.0.0.7');
    expect(clientAddress(headers({ 'x-forwarded-for': '127.0.0.1' }))).toBe('127.0.0.1');
    expect(clientAddress(headers({}))).toBe('unknown');
    expect(clientAddress(headers({ 'x-forwarded-for': 'x'.repeat(500) })).length).toBeLessThanOrEqual(64);
  });
});
