import Database from 'better-sqlite3';
import type { Outcome } from './editors';

// Reads the database file the way an auditor would, after the fact, and lists every way it
// disagrees with what the server said: corruption, a lost acknowledged update, a half-applied
// one, a history that does not replay to the record.

type Entry = { projectId: number; code: string; version: number; changes: string; note: string };
type Change = { field: string; from: unknown; to: unknown };
type ProjectRow = Record<string, unknown> & { id: number; code: string; version: number };

export type Audit = { problems: string[]; appliedNotes: Set<string>; versions: Map<string, number> };

// The history's value convention (db/core/versioned-record.ts): empty is null, lists sorted.
function normalize(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return Array.isArray(value) ? [...value].sort() : value;
}

// Map.groupBy arrives with Node 21; the tests run on 20.
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function currentValue(db: Database.Database, project: ProjectRow, field: string): { known: boolean; value?: unknown } {
  if (field === 'cityCodes') {
    const rows = db
      .prepare(`select c.code from project_cities pc join cities c on c.id = pc.city_id where pc.project_id = ?`)
      .all(project.id) as { code: string }[];
    return { known: true, value: rows.map((r) => r.code) };
  }
  if (field === 'attachments') {
    return {
      known: true,
      value: (db.prepare(`select count(*) as n from attachments where project_id = ?`).get(project.id) as { n: number })
        .n,
    };
  }
  return column(field) in project ? { known: true, value: project[column(field)] } : { known: false };
}

// Replays each project's history from its first entry: versions run 1..version with no gap or
// repeat, each entry's `from` is what the one before left, and the last `to`s are the record.
// Returns, per project, the replayed values after each version.
function replayHistories(
  db: Database.Database,
  entries: Entry[],
  problems: string[],
): Map<string, Map<number, Map<string, unknown>>> {
  const projects = db.prepare(`select * from projects order by id`).all() as ProjectRow[];
  const byProject = groupBy(entries, (e) => e.projectId);
  const states = new Map<string, Map<number, Map<string, unknown>>>();
  for (const project of projects) {
    const history = byProject.get(project.id) ?? [];
    const versions = history.map((e) => e.version);
    if (history.length !== project.version || versions.some((v, i) => v !== i + 1)) {
      problems.push(`${project.code}: version ${project.version} but history versions [${versions.join(',')}]`);
      continue;
    }
    const state = new Map<string, unknown>();
    const perVersion = new Map<number, Map<string, unknown>>();
    for (const entry of history) {
      for (const change of JSON.parse(entry.changes) as Change[]) {
        if (state.has(change.field) && !same(state.get(change.field), change.from)) {
          problems.push(
            `${project.code} v${entry.version}: ${change.field} changed from ${JSON.stringify(change.from)} but the history before left ${JSON.stringify(state.get(change.field))}`,
          );
        }
        state.set(change.field, change.to);
      }
      perVersion.set(entry.version, new Map(state));
    }
    for (const [field, value] of state) {
      const current = currentValue(db, project, field);
      if (current.known && !same(current.value, value)) {
        problems.push(
          `${project.code}: ${field} is ${JSON.stringify(current.value)} but the history replays to ${JSON.stringify(value)}`,
        );
      }
    }
    states.set(project.code, perVersion);
  }
  return states;
}

// Every request's fate matches its answer: a 2xx is there at the version it was given, whole;
// a 412 left nothing; an unanswered one is there whole or not at all.
function checkOutcomes(
  outcomes: Outcome[],
  byNote: Map<string, Entry[]>,
  states: Map<string, Map<number, Map<string, unknown>>>,
  problems: string[],
): void {
  for (const outcome of outcomes) {
    const found = byNote.get(outcome.note) ?? [];
    const label = `${outcome.note} (${outcome.code} from v${outcome.sentVersion}, answered ${outcome.status})`;
    if (found.length > 1) problems.push(`${label}: applied ${found.length} times`);
    const entry = found[0];
    const acknowledged = typeof outcome.status === 'number' && outcome.status >= 200 && outcome.status < 300;
    if (acknowledged && !entry)
      problems.push(`${label}: acknowledged as v${outcome.ackVersion} but not in the history`);
    if (outcome.status === 412 && entry)
      problems.push(`${label}: refused as a conflict but written as v${entry.version}`);
    if (typeof outcome.status === 'number' && !acknowledged && outcome.status !== 412)
      problems.push(`${label}: neither applied nor refused as a conflict`);
    if (!entry) continue;
    if (entry.code !== outcome.code) problems.push(`${label}: written to ${entry.code}`);
    if (acknowledged && entry.version !== outcome.ackVersion)
      problems.push(`${label}: acknowledged as v${outcome.ackVersion} but written as v${entry.version}`);
    if (entry.version !== outcome.sentVersion + 1)
      problems.push(`${label}: written as v${entry.version}, not on top of the version it was sent for`);
    const state = states.get(entry.code)?.get(entry.version);
    for (const [field, value] of Object.entries(outcome.fields)) {
      if (state && !same(state.get(field), value))
        problems.push(
          `${label}: ${field} is ${JSON.stringify(state.get(field))} at v${entry.version}, sent ${JSON.stringify(value)}`,
        );
    }
  }
}

export function auditDatabase(file: string, outcomes: Outcome[]): Audit {
  const db = new Database(file);
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    if (foreignKeys.length) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys.slice(0, 5))}`);
    const entries = db
      .prepare(
        `select u.project_id as projectId, p.code, u.version, u.changes, u.note from project_updates u join projects p on p.id = u.project_id order by u.project_id, u.version, u.id`,
      )
      .all() as Entry[];
    const states = replayHistories(db, entries, problems);
    const byNote = groupBy(entries, (e) => e.note);
    checkOutcomes(outcomes, byNote, states, problems);
    const versions = db.prepare(`select code, version from projects`).all() as { code: string; version: number }[];
    return {
      problems,
      appliedNotes: new Set(byNote.keys()),
      versions: new Map(versions.map((v) => [v.code, v.version])),
    };
  } finally {
    db.close();
  }
}
