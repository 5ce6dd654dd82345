import fs from 'node:fs';
import path from 'node:path';
import type { Metadata } from 'next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';
import { insertTestActors, type TestActors } from '@/db/accounts/test-actors';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';
import { actAs, cookies } from '@/lib/test/request-context';
import { installTestDatabase } from '@/lib/test/test-database';
import { DRAFT_FIXTURE_CODE, seedTestFixtures } from '@/seed/test-fixtures';
import { generateMetadata as projectMetadata } from './projects/[code]/page';

// A page's metadata is rendered even for a visitor whom the page itself then sends to sign in,
// so it must read no more than that visitor may see.
vi.mock('next/headers', () => import('@/lib/test/request-context'));
vi.mock('next/navigation', () => import('@/lib/test/next-server-stubs'));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'zh', getTranslations: async () => (key: string) => key }));

const NOT_PUBLIC = /测试草稿项目|Test draft project/;
let db: TrackerDb;
let actors: TestActors;

beforeEach(() => {
  db = installTestDatabase({ seed: true });
  seedTestFixtures(db);
  actors = insertTestActors(db);
});

type MetadataFunction = (props: {
  params: Promise<Record<string, string>>;
  searchParams: Promise<Record<string, string>>;
}) => Promise<Metadata>;

// Every page under /staff that has metadata, found on disk so that a new one is checked too.
function staffPages(dir = import.meta.dirname): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return staffPages(file);
    return entry.name === 'page.tsx' && fs.readFileSync(file, 'utf8').includes('generateMetadata') ? [file] : [];
  });
}

const params = { code: DRAFT_FIXTURE_CODE, id: '1', kind: 'project' };
const metadataText = async (metadata: MetadataFunction) =>
  JSON.stringify(await metadata({ params: Promise.resolve(params), searchParams: Promise.resolve({}) }));
const visitors = {
  'a signed-out visitor': async () => {
    actAs(null);
  },
  'a made-up session cookie': async () => {
    actAs(null);
    (await cookies()).set(SESSION_COOKIE, 'made-up-session-token');
  },
};

describe('metadata of staff pages', () => {
  for (const [visitor, arrive] of Object.entries(visitors)) {
    it(`names no draft to ${visitor}`, async () => {
      const pages = staffPages();
      expect(pages.length).toBeGreaterThan(5);
      for (const page of pages) {
        await arrive();
        const { generateMetadata } = (await import(page)) as { generateMetadata: MetadataFunction };
        expect(await metadataText(generateMetadata), path.relative(import.meta.dirname, page)).not.toMatch(NOT_PUBLIC);
      }
    });
  }

  it('names the draft project to signed-in staff', async () => {
    actAs(actors.viewer);
    const metadata = await projectMetadata({ params: Promise.resolve({ code: DRAFT_FIXTURE_CODE }) });
    expect(metadata.title).toBe('测试草稿项目');
  });
});
