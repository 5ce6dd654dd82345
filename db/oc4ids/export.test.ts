import { describe, expect, it } from 'vitest';
import { installEveryKindDatabase } from '@/lib/test/every-kind-database';
import { installTestDatabase } from '@/lib/test/test-database';
import { oc4idsContext } from '@/lib/oc4ids/package';
import { packageProblems } from '@/lib/oc4ids/validation/validate-package';
import { CATEGORIES } from '@/lib/enums';
import { CANARY } from '@/seed/canary-fixtures';
import { fetchOc4idsPackageOf } from './one-package';
import { OC4IDS_PAGE, streamOc4idsPackage, type PackageFilters } from './package-stream';

const context = oc4idsContext('http://localhost:3000');
const URI = 'http://localhost:3000/api/v1/oc4ids';

async function read(filters: PackageFilters) {
  const stream = streamOc4idsPackage(filters, context, URI);
  if (!stream) return null;
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of stream) chunks.push(decoder.decode(chunk));
  return { text: chunks.join(''), chunks: chunks.length };
}

type Package = { projects: { id: string; status: string; sector: string[] }[] };

function publishedCodes(db: ReturnType<typeof installTestDatabase>, where = '') {
  return db.$client
    .prepare(`select code from projects where publication = 'published' and deleted_at is null ${where} order by id`)
    .pluck()
    .all() as string[];
}

async function expectEveryPackageValid(db: ReturnType<typeof installTestDatabase>) {
  const whole = await read({});
  const data = JSON.parse(whole!.text) as Package;
  expect(packageProblems(data)).toEqual([]);
  expect(data.projects.map((p) => p.id)).toEqual(publishedCodes(db).map((c) => `oc4ids-xxxxxx-${c}`));
  expect(whole!.text).not.toContain(CANARY);
  for (const category of CATEGORIES) {
    const filtered = await read({ category });
    if (filtered) expect(packageProblems(JSON.parse(filtered.text))).toEqual([]);
  }
  for (const code of publishedCodes(db)) {
    const one = fetchOc4idsPackageOf(code, context, `${URI}/${code}`);
    expect(packageProblems(one), code).toEqual([]);
    expect(JSON.stringify(one)).not.toContain(CANARY);
  }
}

// Each validates dozens of packages against the whole schema: slow on a busy machine.
describe('the OC4IDS export', { timeout: 60_000 }, () => {
  it('validates for every published project of the seed, whole, filtered and one by one', async () => {
    await expectEveryPackageValid(installTestDatabase({ seed: true }));
  });

  it('validates for a database with every kind of record, and shows nothing unpublished', async () => {
    await expectEveryPackageValid(installEveryKindDatabase());
  });

  it('maps stages one to one and categories to their sector codes', async () => {
    installEveryKindDatabase();
    const data = JSON.parse((await read({ category: 'port', stage: 'maintenance' }))!.text) as Package;
    expect(data.projects.length).toBeGreaterThan(0);
    for (const p of data.projects) {
      expect(p.status).toBe('maintenance');
      expect(p.sector).toEqual(['transport', 'transport.water']);
    }
  });

  it('streams a large package a page at a time', async () => {
    const db = installEveryKindDatabase(OC4IDS_PAGE * 2 + 50);
    const whole = await read({});
    expect(whole!.chunks).toBeGreaterThanOrEqual(3);
    expect(JSON.parse(whole!.text).projects).toHaveLength(publishedCodes(db).length);
  });

  it('answers nothing when no published project matches, or for a draft', async () => {
    installTestDatabase({ seed: true });
    expect(streamOc4idsPackage({ city: '999999' }, context, URI)).toBeNull();
    expect(fetchOc4idsPackageOf(`${CANARY}-DRAFT-PROJECT`, context, URI)).toBeNull();
  });
});
