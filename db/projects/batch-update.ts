import 'server-only';
import { writeTransaction } from '@/db/core/write-transaction';
import type { Actor } from '@/lib/auth/permissions';
import { updateProjectFields, type ProjectResult } from './mutations';

// One update of a batch: what a single write sends as its path, If-Match and body.
export type ProjectUpdate = { code: string; version: number; fields: unknown; note?: unknown };

// `committed` is false when an atomic batch was rolled back; `results` are in the updates' order.
export type BatchOutcome = { committed: boolean; results: ProjectResult[] };

class RollBack extends Error {
  constructor(readonly results: ProjectResult[]) {
    super('an atomic batch had a refused update');
  }
}

// Many updates in one transaction and one commit. Each is checked and written exactly as a
// single update is (validation, permission against the project's cities, version, history
// entry), inside its own savepoint, so a refused one leaves the others. Atomic: any refusal
// rolls back every update, and the results still say what each one would have been.
export function updateProjects(
  actor: Actor | null,
  updates: ProjectUpdate[],
  { atomic }: { atomic: boolean },
): BatchOutcome {
  try {
    return writeTransaction(() => {
      const results = updates.map((u) => updateProjectFields(actor, u.code, u.version, u.fields, u.note));
      if (atomic && results.some((result) => !result.ok)) throw new RollBack(results);
      return { committed: true, results };
    });
  } catch (error) {
    if (error instanceof RollBack) return { committed: false, results: error.results };
    throw error;
  }
}
