import { batchUpdateProjects } from '@/db/projects/api-batch';
import { getDb } from '@/db/core/client';

const db = getDb();
if (process.env.SYNC) db.$client.pragma('synchronous = ' + process.env.SYNC);
if (process.env.CKPT) db.$client.pragma('wal_autocheckpoint = ' + process.env.CKPT);
if (process.env.CACHE) db.$client.pragma('cache_size = ' + process.env.CACHE);
if (process.env.TEMP) db.$client.pragma('temp_store = ' + process.env.TEMP);
db.$client.prepare("insert or ignore into users (id, email, display_name, password_hash, role) values (1, 'a@b.c', 'a', 'x', 'admin')").run();
const rows = db.$client.prepare('select code, version from projects where deleted_at is null order by id limit 20000').all() as { code: string; version: number }[];
const actor = { id: 1, role: 'admin', cityCodes: [], email: 'x', name: 'x' } as never;
let i = 0;
const times: number[] = [];
const cpu0 = process.cpuUsage();
const N = Number(process.env.N ?? 100);
for (let b = 0; b < N; b++) {
  const updates = rows.slice(i, i + 100).map((r) => ({ code: r.code, version: r.version, fields: { progress: 55 }, note: 'benchmark batch' }));
  i += 100;
  const t0 = performance.now();
  const { answer } = await batchUpdateProjects(actor, { updates });
  times.push(performance.now() - t0);
  if (answer.status !== 200) { console.log(JSON.stringify(answer).slice(0, 500)); break; }
}
const cpu = process.cpuUsage(cpu0);
console.log(`cpu µs/update ${((cpu.user + cpu.system) / (times.length * 100)).toFixed(1)}`);
times.sort((a, b) => a - b);
const total = times.reduce((a, b) => a + b, 0);
console.log(`batches ${times.length}, mean ${(total / times.length).toFixed(2)} ms, p50 ${times[times.length >> 1].toFixed(2)}, updates/s ${((times.length * 100) / total * 1000).toFixed(0)}`);
console.log(db.$client.pragma('wal_checkpoint(PASSIVE)'));
