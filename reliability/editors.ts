import { HEALTHS, STAGES } from '@/lib/enums';
import type { Random } from './seeded-random';

// Editors as other systems are: scripts that read a project, change it through the write API
// from the version they read, and read again when they are told someone else was first.

// What one PATCH came to: a status, or no answer at all (the server died with it in flight).
export type Outcome = {
  code: string;
  note: string;
  fields: Record<string, unknown>;
  sentVersion: number;
  status: number | 'no-response';
  ackVersion?: number;
};

export class WriteApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async readVersion(code: string): Promise<number> {
    const response = await fetch(`${this.baseUrl}/api/v1/projects/${code}`, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`GET ${code} answered ${response.status}`);
    return versionOf(response);
  }

  async patch(code: string, version: number, fields: Record<string, unknown>, note: string): Promise<Outcome> {
    const outcome: Outcome = { code, note, fields, sentVersion: version, status: 'no-response' };
    try {
      const response = await fetch(`${this.baseUrl}/api/v1/projects/${code}`, {
        method: 'PATCH',
        body: JSON.stringify({ ...fields, note }),
        signal: AbortSignal.timeout(15_000),
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${this.token}`,
          'if-match': `"${version}"`,
        },
      });
      await response.arrayBuffer();
      outcome.status = response.status;
      if (response.ok) outcome.ackVersion = versionOf(response);
    } catch {
      // Refused connection, reset, or timeout: the request may or may not have been applied.
    }
    return outcome;
  }
}

function versionOf(response: Response): number {
  const match = /^"(\d+)"$/.exec(response.headers.get('etag') ?? '');
  if (!match) throw new Error(`No version in ETag ${response.headers.get('etag')}`);
  return Number(match[1]);
}

// The note is unique per request, so the history entry each request made can be found again;
// internalNote carries it too, so every update changes something and writes a history entry.
export function randomChange(random: Random, note: string): Record<string, unknown> {
  const fields: Record<string, unknown> = { progress: random.int(0, 100), internalNote: note };
  if (random.next() < 0.5) fields.health = random.pick(HEALTHS);
  if (random.next() < 0.2) fields.stage = random.pick(STAGES);
  return fields;
}

type EditorOptions = {
  client: WriteApiClient;
  codes: readonly string[];
  random: Random;
  name: string;
  outcomes: Outcome[];
  shouldStop: () => boolean;
  maxUpdates?: number;
  thinkMs?: number;
};

// Works from the version it last read or wrote; after a 412 it reads again before the next try.
export async function runEditor({
  client,
  codes,
  random,
  name,
  outcomes,
  shouldStop,
  maxUpdates = Infinity,
  thinkMs = 0,
}: EditorOptions): Promise<void> {
  const known = new Map<string, number>();
  for (let n = 1; n <= maxUpdates && !shouldStop(); n++) {
    const code = random.pick(codes);
    let version = known.get(code);
    if (version === undefined) {
      try {
        version = await client.readVersion(code);
      } catch (error) {
        if (shouldStop()) return;
        throw error;
      }
      known.set(code, version);
    }
    const note = `${name}-${n}`;
    const outcome = await client.patch(code, version, randomChange(random, note), note);
    outcomes.push(outcome);
    if (outcome.ackVersion !== undefined) known.set(code, outcome.ackVersion);
    else known.delete(code);
    if (outcome.status === 'no-response' && shouldStop()) return;
    if (thinkMs) await new Promise((r) => setTimeout(r, random.int(0, thinkMs)));
  }
}
