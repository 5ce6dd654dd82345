import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

// The outer row's id for a correlated subquery. Drizzle writes a column of a single-table query
// unqualified ("id"), which inside the subquery would bind to the subquery's own tables.
export function outerId(table: SQLiteTable): SQL {
  return sql`${table}.${sql.identifier('id')}`;
}
