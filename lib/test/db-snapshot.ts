import type { TrackerDb } from '@/db/connection';

// Every row of every table, as one string, to prove a refused call changed nothing.
// Left out: the clocks that merely reading with a session or token moves (when it was last
// seen or used), which say nothing about the record.
const VOLATILE_COLUMNS: Record<string, string[]> = { sessions: ['last_seen_at'], api_tokens: ['last_used_at'] };

export function snapshotDatabase(db: TrackerDb, { except = [] as string[] } = {}): string {
  const tables = db.$client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name").pluck().all() as string[];
  return JSON.stringify(tables.filter((table) => !except.includes(table)).map((table) => {
    const rows = db.$client.prepare(`select * from "${table}" order by rowid`).all() as Record<string, unknown>[];
    const volatile = VOLATILE_COLUMNS[table] ?? [];
    return [table, volatile.length ? rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !volatile.includes(k)))) : rows];
  }));
}
