import { expect, test } from '@playwright/test';
import { runEditor, WriteApiClient, type Outcome } from '@/reliability/editors';
import { auditDatabase } from '@/reliability/history-audit';
import {
  createTestDatabase,
  ProductionServer,
  publishedProjectCodes,
  reliabilityPort,
} from '@/reliability/production-server';
import { childRandom, seededRandom, seedFromEnv } from '@/reliability/seeded-random';

// Crash safety: the production server takes concurrent updates through the write API and is
// killed with SIGKILL at a random moment, again and again, on the same database file. After
// each restart the file must be sound and hold exactly what the server acknowledged.
// CRASH_CYCLES=1000 makes it a soak run; RELIABILITY_SEED=<n> replays a run.

const CYCLES = Number(process.env.CRASH_CYCLES ?? 20);
const EDITORS = 6;
const PROJECTS = 8;

test('every acknowledged update survives SIGKILL, and none is half-applied', async () => {
  test.setTimeout(60_000 + CYCLES * 15_000);
  const seed = seedFromEnv();
  const random = seededRandom(seed);
  console.log(`crash safety: ${CYCLES} cycles, seed ${seed} (repeat with RELIABILITY_SEED=${seed})`);
  const database = createTestDatabase('crash');
  const codes = publishedProjectCodes(database.file, PROJECTS);
  const outcomes: Outcome[] = [];
  let server = await ProductionServer.start(reliabilityPort(), database.file);
  const client = new WriteApiClient(server.url, database.token);
  try {
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      let stopping = false;
      const editors = Array.from({ length: EDITORS }, (_, i) =>
        runEditor({
          client,
          codes,
          random: childRandom(random),
          name: `crash-${seed}-c${cycle}-e${i}`,
          outcomes,
          shouldStop: () => stopping,
        }),
      );
      await new Promise((r) => setTimeout(r, random.int(50, 1500)));
      // Editors send nothing new from here, but whatever is in flight dies with the server.
      stopping = true;
      const killed = server.kill('SIGKILL');
      await Promise.all([killed, ...editors]);

      server = await ProductionServer.start(reliabilityPort(), database.file);
      const audit = auditDatabase(database.file, outcomes);
      expect(audit.problems.slice(0, 20), `cycle ${cycle}, seed ${seed}`).toEqual([]);
      // The restarted server serves what the file holds.
      const served = await Promise.all(codes.map((code) => client.readVersion(code)));
      expect(served, `cycle ${cycle}, seed ${seed}`).toEqual(codes.map((code) => audit.versions.get(code)));
      if (cycle % 100 === 0)
        console.log(`crash safety: ${cycle} of ${CYCLES} cycles sound, ${outcomes.length} updates sent so far`);
    }
    const audit = auditDatabase(database.file, outcomes);
    const acknowledged = outcomes.filter((o) => o.ackVersion !== undefined).length;
    const unanswered = outcomes.filter((o) => o.status === 'no-response');
    const landed = unanswered.filter((o) => audit.appliedNotes.has(o.note)).length;
    console.log(
      `crash safety: ${outcomes.length} updates sent, ${acknowledged} acknowledged, ${outcomes.filter((o) => o.status === 412).length} refused as conflicts, ` +
        `${unanswered.length} unanswered at a kill (${landed} of them landed whole, ${unanswered.length - landed} left no trace)`,
    );
    // The runs must really have written, and really have cut requests off mid-flight.
    expect(acknowledged).toBeGreaterThan(CYCLES);
    expect(unanswered.length).toBeGreaterThan(0);
  } finally {
    await server.kill('SIGKILL');
    database.remove();
  }
});
