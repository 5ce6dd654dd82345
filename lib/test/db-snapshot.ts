import fc from 'fast-check';
import { expect } from 'vitest';
import type { TrackerDb } from '@/db/core/connection';

// Every row of every table, as one string, to prove a refused call changed nothing.
// Left out: the clocks that merely reading with a session or token moves (when it was last
// seen or used), which say nothing about the record.
const VOLATILE_COLUMNS: Record<string, string[]> = { sessions: ['last_seen_at'], api_tokens: ['last_used_at'] };

export function snapshotDatabase(db: TrackerDb, { except = [] as string[] } = {}): string {
  const tables = db.$client
    .prepare(
      // Ordinary tables only: the search index (virtual tables and their shadow tables) is derived
      // from the record tables, which are compared.
      "select name, wr from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name",
    )
    .all() as { name: string; wr: number }[];
  return JSON.stringify(
    tables
      .filter(({ name }) => !except.includes(name))
      .map(({ name: table, wr: withoutRowid }) => {
        // A table WITHOUT ROWID is read in its primary key's order, which is its only order.
        const order = withoutRowid ? '' : ' order by rowid';
        const rows = db.$client.prepare(`select * from "${table}"${order}`).all() as Record<string, unknown>[];
        const volatile = VOLATILE_COLUMNS[table] ?? [];
        return [
          table,
          volatile.length
            ? rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !volatile.includes(k))))
            : rows,
        ];
      }),
  );
}

// A property over hostile input whose every run must leave the database exactly as it was.
// Each run happens inside a savepoint that is rolled back afterwards, so a run that did write
// is reported as itself (and shrunk as itself), not as every run after it failing.
export async function expectUnchangedAfterEach<T>(
  db: TrackerDb,
  arbitrary: fc.Arbitrary<T>,
  run: (value: T) => Promise<void>,
  numRuns: number,
): Promise<void> {
  const before = snapshotDatabase(db);
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      db.$client.exec('SAVEPOINT hostile_run');
      try {
        await run(value);
        expect(snapshotDatabase(db)).toBe(before);
      } finally {
        db.$client.exec('ROLLBACK TO hostile_run; RELEASE hostile_run');
      }
    }),
    { numRuns },
  );
}
