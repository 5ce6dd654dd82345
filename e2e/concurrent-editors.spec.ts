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

// Many editors update the same few projects at once through the write API of the production
// server, each from the version it last read, reading again after a conflict. Every update
// must land or be refused as a conflict, and none that landed may be lost.
// RELIABILITY_SEED=<n> replays a run.

const EDITORS = 12;
const PROJECTS = 3;
const UPDATES_PER_EDITOR = 25;

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

// With two servers, two processes write the same file, as during a rolling restart or while a
// command-line script runs: their transactions must wait for each other, not fail.
for (const serverCount of [1, 2]) {
  test(`concurrent editors on ${serverCount} server process(es): each update lands or is refused as a conflict, none is lost`, async () => {
    test.setTimeout(120_000);
    const seed = seedFromEnv();
    const random = seededRandom(seed);
    const database = createTestDatabase('editors');
    const codes = publishedProjectCodes(database.file, PROJECTS);
    const servers = await Promise.all(
      Array.from({ length: serverCount }, (_, i) => ProductionServer.start(reliabilityPort() + i, database.file)),
    );
    try {
      const clients = servers.map((server) => new WriteApiClient(server.url, database.token));
      const before = new Map(
        await Promise.all(codes.map(async (code) => [code, await clients[0].readVersion(code)] as const)),
      );
      const outcomes: Outcome[] = [];
      await Promise.all(
        Array.from({ length: EDITORS }, (_, i) =>
          runEditor({
            client: clients[i % serverCount],
            codes,
            random: childRandom(random),
            name: `editors-${seed}-e${i}`,
            outcomes,
            shouldStop: () => false,
            maxUpdates: UPDATES_PER_EDITOR,
            thinkMs: 20,
          }),
        ),
      );

      const statuses = countBy(outcomes.map((o) => String(o.status)));
      console.log(
        `concurrent editors, ${serverCount} server(s), seed ${seed} (repeat with RELIABILITY_SEED=${seed}): ${outcomes.length} updates, answers ${JSON.stringify(statuses)}`,
      );
      const logs = servers.map((s) => s.log).join('\n');
      expect(
        Object.keys(statuses).filter((s) => s !== '200' && s !== '412'),
        `seed ${seed}; server log:\n${logs}`,
      ).toEqual([]);
      // The run must have had both outcomes to prove anything.
      expect(statuses['200']).toBeGreaterThan(0);
      expect(statuses['412']).toBeGreaterThan(0);

      const audit = auditDatabase(database.file, outcomes);
      expect(audit.problems.slice(0, 20), `seed ${seed}`).toEqual([]);
      // Each project moved on by exactly the updates acknowledged for it: nothing lost, nothing extra.
      for (const code of codes) {
        const acknowledged = outcomes.filter((o) => o.code === code && o.ackVersion !== undefined).length;
        expect(audit.versions.get(code), `${code}, seed ${seed}`).toBe(before.get(code)! + acknowledged);
        for (const client of clients) expect(await client.readVersion(code)).toBe(audit.versions.get(code));
      }
    } finally {
      await Promise.all(servers.map((server) => server.kill()));
      database.remove();
    }
  });
}
