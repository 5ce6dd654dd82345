import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

// Who is reading decides what exists for them: the public sees published records only;
// signed-in staff and officials also see drafts and internal notes. Deleted records are
// kept for their history but shown to nobody.
export type ReadScope = 'public' | 'internal';

export function visibleWhere(scope: ReadScope, table: { publication: SQLiteColumn; deletedAt: SQLiteColumn }): SQL {
  const notDeleted = isNull(table.deletedAt);
  return scope === 'public' ? and(notDeleted, eq(table.publication, 'published'))! : notDeleted;
}
