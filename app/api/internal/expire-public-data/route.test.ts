import { revalidateTag } from 'next/cache';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INTERNAL_SECRET_ENV, INTERNAL_SECRET_HEADER } from '@/lib/internal-secret';
import { POST } from './route';

vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

const ask = (secret?: string) =>
  POST(
    new Request('http://localhost/api/internal/expire-public-data', {
      method: 'POST',
      headers: secret === undefined ? {} : { [INTERNAL_SECRET_HEADER]: secret },
    }),
  );

afterEach(() => {
  delete process.env[INTERNAL_SECRET_ENV];
  vi.mocked(revalidateTag).mockClear();
});

describe('POST /api/internal/expire-public-data', () => {
  it("expires the cached public pages when asked with the server's secret", async () => {
    process.env[INTERNAL_SECRET_ENV] = 's3cret-value';
    expect((await ask('s3cret-value')).status).toBe(204);
    expect(revalidateTag).toHaveBeenCalled();
  });

  it('is not found for anyone else, and when Next serves alone', async () => {
    process.env[INTERNAL_SECRET_ENV] = 's3cret-value';
    for (const secret of [undefined, '', 's3cret-valuf', 's3cret']) expect((await ask(secret)).status).toBe(404);
    delete process.env[INTERNAL_SECRET_ENV];
    expect((await ask('s3cret-value')).status).toBe(404);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('is not found, never an error, for a header with non-ASCII characters or of another length', async () => {
    process.env[INTERNAL_SECRET_ENV] = 's3cret-value';
    // As many characters as the secret but more bytes, then other lengths.
    for (const secret of [
      's3cret-valué',
      'é'.repeat(12),
      'ÿ',
      'ÿ'.repeat(64),
      'x'.repeat(4096),
      's3cret-value\u00a0',
    ]) {
      expect((await ask(secret)).status).toBe(404);
    }
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
