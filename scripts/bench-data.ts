import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '@/db/core/connection';
import { writeSyntheticData } from '@/bench/synthetic-data';

// npm run bench:data -- --projects 100000 --updates 1000000 [--seed 1] [--out bench/data/bench.db]
const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: '100000' },
    updates: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench/data/bench.db' },
  },
});
const options = { projects: Number(values.projects), updates: Number(values.updates), seed: Number(values.seed) };
if (
  ![options.projects, options.updates, options.seed].every(Number.isInteger) ||
  options.projects < 1 ||
  options.updates < options.projects
) {
  console.error('--projects, --updates and --seed must be whole numbers, with --updates at least --projects.');
  process.exit(2);
}
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(values.out + suffix, { force: true });
const started = Date.now();
const db = openDatabase(values.out);
migrateDatabase(db);
db.$client.pragma('synchronous = OFF');
writeSyntheticData(db.$client, options);
db.$client.pragma('wal_checkpoint(TRUNCATE)');
db.$client.close();
console.log(
  `wrote ${values.out}: ${options.projects} projects, ${options.updates} history entries (seed ${options.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
