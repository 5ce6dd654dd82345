import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/core/client';
import type { ProjectChange } from './queries';
import { fetchProjectByCode } from './queries';
import * as t from '@/db/core/schema';
import { canUpdateSomeProject, type Actor } from '@/lib/auth/permissions';
import type { CsvProjectRow } from './csv-import';
import type { FieldErrors } from '@/lib/validation/field-errors';
import { createProject, updateProjectFields, type ProjectResult } from './mutations';
import { writeTransaction } from '@/db/core/write-transaction';

export type ImportRowOutcome =
  | { line: number; code: string; action: 'create' | 'update'; version: number; changes: ProjectChange[] }
  | { line: number; code: string; action: 'unchanged'; version: number }
  | { line: number; code: string; action: 'invalid'; errors: FieldErrors }
  | { line: number; code: string; action: 'forbidden' | 'conflict' };

export type ImportReport = { applied: boolean; rows: ImportRowOutcome[] };

class RollBack extends Error {}

function latestChanges(projectId: number): ProjectChange[] {
  const row = getDb()
    .select({ changes: t.projectUpdates.changes })
    .from(t.projectUpdates)
    .where(eq(t.projectUpdates.projectId, projectId))
    .orderBy(desc(t.projectUpdates.id))
    .get();
  return row ? JSON.parse(row.changes) : [];
}

function outcome(row: CsvProjectRow, result: ProjectResult, existed: { version: number } | null): ImportRowOutcome {
  const base = { line: row.line, code: row.code };
  if (!result.ok)
    return result.status === 'invalid'
      ? { ...base, action: 'invalid', errors: result.errors }
      : { ...base, action: result.status === 'conflict' ? 'conflict' : 'forbidden' };
  const { project } = result.record;
  if (existed && project.version === existed.version) return { ...base, action: 'unchanged', version: project.version };
  return {
    ...base,
    action: existed ? 'update' : 'create',
    version: existed?.version ?? 0,
    changes: latestChanges(project.id),
  };
}

type ImportMode = { apply: false } | { apply: true; versions: Record<string, number> };

// The dry run is the import itself, rolled back: what it reports is exactly what applying does.
// Applying refuses as a whole if any row is refused, or if a project changed since the dry run
// (`versions` holds the version each row's project had then). A caller who may change no project
// is refused before any code is looked up, so the answer cannot tell a draft from no project.
export function importProjects(
  actor: Actor | null,
  rows: CsvProjectRow[],
  note: string,
  mode: ImportMode,
): ImportReport {
  if (!canUpdateSomeProject(actor)) {
    return { applied: false, rows: rows.map((row) => ({ line: row.line, code: row.code, action: 'forbidden' })) };
  }
  let report: ImportReport = { applied: false, rows: [] };
  try {
    writeTransaction(() => {
      const outcomes = rows.map((row) => {
        const existing = row.code ? fetchProjectByCode('internal', row.code) : null;
        const existed = existing ? { version: existing.project.version } : null;
        if (mode.apply && (mode.versions[row.code] ?? 0) !== (existed?.version ?? 0))
          return { line: row.line, code: row.code, action: 'conflict' } as const;
        const result = existing
          ? updateProjectFields(actor, row.code, existing.project.version, withoutCode(row.input), note)
          : createProject(actor, row.input, note);
        return outcome(row, result, existed);
      });
      const refused = outcomes.some(
        (o) => o.action === 'invalid' || o.action === 'forbidden' || o.action === 'conflict',
      );
      report = { applied: mode.apply && !refused, rows: outcomes };
      if (!report.applied) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return report;
}

function withoutCode(input: Record<string, unknown>): Record<string, unknown> {
  const { code, ...rest } = input;
  void code;
  return rest;
}
