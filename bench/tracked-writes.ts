import type autocannon from 'autocannon';
import Database from 'better-sqlite3';

// Writes through the API that keep a ledger: which requests were built, which were acknowledged
// (2xx) and which were refused, by the unique note each one carries. Afterwards the history table
// says whether every acknowledged write is there.

export type WriteLedger = {
  label: string;
  built: Set<string>;
  acknowledged: Map<string, string>;
  refused: Set<string>;
};

export function newLedger(label: string): WriteLedger {
  return { label, built: new Set(), acknowledged: new Map(), refused: new Set() };
}

type Context = { code?: string; note?: string };

// Each write goes to the next project with the version the last answer gave, as an editor's
// would. internalNote carries the note, so every write changes something and writes history.
export function trackedWriteRequests(
  token: string,
  versions: Map<string, number>,
  ledger: WriteLedger,
): autocannon.Request[] {
  const queue = [...versions.keys()];
  let next = 0;
  return [
    {
      method: 'PATCH' as const,
      setupRequest: (request: autocannon.Request, context: Context) => {
        const code = queue[next++ % queue.length];
        const note = `${ledger.label} ${next}`;
        Object.assign(context, { code, note });
        ledger.built.add(note);
        return {
          ...request,
          path: `/api/v1/projects/${code}`,
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'if-match': `"${versions.get(code)}"`,
          },
          body: JSON.stringify({ progress: next % 101, internalNote: note, note }),
        };
      },
      onResponse: (status: number, _body: string, context: Context, headers: Record<string, string | string[]>) => {
        const { code, note } = context;
        if (!code || !note) return;
        if (status < 200 || status >= 300) {
          ledger.refused.add(note);
          return;
        }
        ledger.acknowledged.set(note, code);
        const etag = Object.entries(headers).find(([name]) => name.toLowerCase() === 'etag')?.[1];
        const version = /"(\d+)"/.exec(String(etag))?.[1];
        if (version) versions.set(code, Number(version));
      },
    } as autocannon.Request,
  ];
}

// What a client does before a new run: read each project's version afresh, since writes cut off
// at the end of the previous run may have landed after all.
export function readVersions(databaseFile: string, versions: Map<string, number>): void {
  const db = new Database(databaseFile, { readonly: true });
  const current = db.prepare(`select version from projects where code = ?`);
  for (const code of versions.keys()) versions.set(code, (current.get(code) as { version: number }).version);
  db.close();
}

export type LedgerCheck = {
  acknowledged: number;
  refused: number;
  historyRows: number;
  lost: number;
  misplaced: number;
  duplicated: number;
  writtenThoughRefused: number;
  unansweredLanded: number;
};

// Compares the ledger with the history: an acknowledged write missing or on another project is
// lost; a refused one found was written anyway; the rest are requests cut off when the run ended.
export function checkLedger(databaseFile: string, ledger: WriteLedger): LedgerCheck {
  const db = new Database(databaseFile, { readonly: true });
  const rows = db
    .prepare(`select p.code, u.note from project_updates u join projects p on p.id = u.project_id where u.note like ?`)
    .all(`${ledger.label} %`) as { code: string; note: string }[];
  db.close();
  const written = new Map(rows.map((r) => [r.note, r.code]));
  let lost = 0;
  let misplaced = 0;
  for (const [note, code] of ledger.acknowledged) {
    if (!written.has(note)) lost++;
    else if (written.get(note) !== code) misplaced++;
  }
  const writtenThoughRefused = [...ledger.refused].filter((note) => written.has(note)).length;
  const unansweredLanded = [...written.keys()].filter(
    (note) => !ledger.acknowledged.has(note) && !ledger.refused.has(note),
  ).length;
  return {
    acknowledged: ledger.acknowledged.size,
    refused: ledger.refused.size,
    historyRows: rows.length,
    lost,
    misplaced,
    duplicated: rows.length - written.size,
    writtenThoughRefused,
    unansweredLanded,
  };
}
