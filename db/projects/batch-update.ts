import 'server-only';
import { commitInGroup } from '@/db/core/group-commit';
import { writeTransaction } from '@/db/core/write-transaction';
import type { Actor } from '@/lib/auth/permissions';
import { fetchProjectsForWrite } from './bulk-read';
import { fetchProjectByCode, type ProjectRecord } from './queries';
import { updateProjectFields, type ProjectLookup, type ProjectResult } from './mutations';

// One update of a batch: what a single write sends as its path, If-Match and body.
export type ProjectUpdate = { code: string; version: number; fields: unknown; note?: unknown };

// `committed` is false when an atomic batch was rolled back; `results` are in the updates' order.
export type BatchOutcome = { committed: boolean; results: ProjectResult[] };

class RollBack extends Error {
  constructor(readonly results: ProjectResult[]) {
    super('an atomic batch had a refused update');
  }
}

// Each record read at the batch's start serves the first update of its project; a second update
// of the same project reads it again, after the first one's write.
function readOnce(records: Map<string, ProjectRecord>): ProjectLookup {
  return (code) => {
    const record = records.get(code);
    records.delete(code);
    return record ?? fetchProjectByCode('internal', code);
  };
}

// Many updates in one transaction and one commit. Each is checked and written exactly as a
// single update is (validation, permission against the project's cities, version, history
// entry), inside its own savepoint, so a refused one leaves the others. Atomic: any refusal
// rolls back every update, and the results still say what each one would have been. Batches
// sent at the same time share one COMMIT (db/core/group-commit.ts), each in its own savepoint.
export async function updateProjects(
  actor: Actor | null,
  updates: ProjectUpdate[],
  { atomic }: { atomic: boolean },
): Promise<BatchOutcome> {
  try {
    return await commitInGroup(() =>
      writeTransaction(() => {
        const lookup = readOnce(fetchProjectsForWrite(updates.map((u) => u.code)));
        const results = updates.map((u) => updateProjectFields(actor, u.code, u.version, u.fields, u.note, lookup));
        if (atomic && results.some((result) => !result.ok)) throw new RollBack(results);
        return { committed: true, results };
      }),
    );
  } catch (error) {
    if (error instanceof RollBack) return { committed: false, results: error.results };
    throw error;
  }
}
