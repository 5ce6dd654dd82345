import 'server-only';
import { sql } from 'drizzle-orm';
import { preparedStatement } from '@/db/core/client';
import { fetchProjectByCode, type ProjectChange } from './queries';
import { fetchProjectHistory } from './project-history';
import * as t from '@/db/core/schema';
import { nowIso } from '@/db/core/versioned-record';

const insertHistory = preparedStatement((db) =>
  db
    .insert(t.projectUpdates)
    .values({
      projectId: sql.placeholder('projectId'),
      userId: sql.placeholder('userId'),
      version: sql.placeholder('version'),
      changes: sql.placeholder('changes'),
      note: sql.placeholder('note'),
      createdAt: sql.placeholder('createdAt'),
    })
    .returning({ id: t.projectUpdates.id })
    .prepare(),
);

// The one place a project's history entry is written; always called inside the change's
// transaction. Dated by the app's clock, like the project's updatedAt, so the as-of tallies
// (dated by updatedAt) and the history agree on the day of every change.
export function writeProjectHistory(entry: {
  projectId: number;
  userId: number;
  version: number;
  changes: ProjectChange[];
  note: string;
}): number {
  return insertHistory().get({ ...entry, changes: JSON.stringify(entry.changes), createdAt: nowIso() })!.id;
}

export type ProjectConflict = {
  ok: false;
  status: 'conflict';
  current: NonNullable<ReturnType<typeof fetchProjectByCode>>;
  // What others wrote after the version the editor's page showed, newest first.
  history: ReturnType<typeof fetchProjectHistory>;
};

export function projectConflict(code: string, projectId: number, expectedVersion: number): ProjectConflict {
  return {
    ok: false,
    status: 'conflict',
    current: fetchProjectByCode('internal', code)!,
    history: fetchProjectHistory('internal', projectId).filter((h) => h.version > expectedVersion),
  };
}
