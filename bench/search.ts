import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase, type TrackerDb } from '@/db/core/connection';
import { countProjects, fetchProjects } from '@/db/projects/queries';
import { COUNT_LIMIT, searchRecords } from '@/db/search/queries';
import { mulberry32 } from '@/bench/synthetic-data';
import { seedCities } from '@/seed/cities';
import { seedProjects } from '@/seed/projects';

// Search at province scale: p95 of one- to four-character Chinese queries, English words and a
// mixed query, on a copy of the benchmark database whose projects are given names and texts
// built from the seed's (the synthetic ones are all 测试项目N), and the index's size.
//   node --conditions=react-server --import tsx bench/search.ts [--from bench/data/bench.db] [--rounds 20]
// Each round opens a new connection, so SQLite's page cache starts empty (the operating
// system's file cache stays warm); nothing caches search results.
const { values } = parseArgs({
  options: {
    from: { type: 'string', default: 'bench/data/bench.db' },
    copy: { type: 'string', default: 'bench/data/search-bench.db' },
    rounds: { type: 'string', default: '20' },
  },
});

const QUERIES: Record<string, string[]> = {
  'Chinese, 1 character': ['港', '济', '路', '园', '桥'],
  'Chinese, 2 characters': ['济郑', '高铁', '机场', '德州', '黄河'],
  'Chinese, 3 characters': ['济南港', '产业园', '联络线', '改扩建', '示范区'],
  'Chinese, 4 characters': ['遥墙机场', '济郑高铁', '京台高速', '生态保护', '小清河港'],
  'English words': ['port', 'railway', 'Binzhou', 'expressway', 'Zhengzhou'],
  'mixed (G3 德州)': ['G3 德州'],
};

function rewriteTexts(db: TrackerDb): void {
  const random = mulberry32(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const update = db.$client.prepare(
    `update projects set name_zh = ?, name_en = ?, description_zh = ?, description_en = ?, source_quote = ? where id = ?`,
  );
  const ids = db.$client.prepare('select id from projects').pluck().all() as number[];
  db.$client.transaction(() => {
    for (const id of ids) {
      const [a, b] = [pick(seedProjects), pick(seedProjects)];
      const city = pick(seedCities);
      update.run(
        `${city.nameZh}${a.nameZh}${id % 7 === 0 ? '二期' : ''}`,
        `${city.nameEn} ${a.nameEn} ${id}`,
        `${a.descriptionZh}${b.descriptionZh}`,
        `${a.descriptionEn} ${b.descriptionEn}`,
        a.sourceQuote,
        id,
      );
    }
  })();
}

const fileSize = (file: string) => fs.statSync(file).size;

function p95(times: number[]): number {
  const sorted = [...times].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

for (const suffix of ['', '-wal', '-shm']) fs.rmSync(values.copy + suffix, { force: true });
fs.copyFileSync(values.from, values.copy, fs.constants.COPYFILE_FICLONE);
let db = openDatabase(values.copy);
rewriteTexts(db);
db.$client.exec('vacuum');
const before = fileSize(values.copy);
const started = performance.now();
migrateDatabase(db);
const buildSeconds = (performance.now() - started) / 1000;
db.$client.pragma('wal_checkpoint(TRUNCATE)');
db.$client.exec('vacuum');
const after = fileSize(values.copy);
const indexBytes = db.$client
  .prepare(`select sum(pgsize) as n from dbstat where name like 'search!_%' escape '!'`)
  .pluck()
  .get() as number;
db.$client.close();
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
console.log(
  `projects: ${(db = openDatabase(values.copy)).$client.prepare('select count(*) from projects').pluck().get()}`,
);
console.log(`database without the index ${mb(before)}, with it ${mb(after)}; the index's pages ${mb(indexBytes)}`);
console.log(`index adds ${((100 * (after - before)) / before).toFixed(1)}% (built in ${buildSeconds.toFixed(1)} s)`);
db.$client.close();

const global = globalThis as unknown as { trackerDb?: TrackerDb };
const search: Record<string, number[]> = {};
const list: Record<string, number[]> = {};
for (let round = 0; round < Number(values.rounds); round++) {
  db = openDatabase(values.copy);
  global.trackerDb = db;
  for (const [group, queries] of Object.entries(QUERIES)) {
    for (const q of queries) {
      let t0 = performance.now();
      searchRecords('public', q);
      (search[group] ??= []).push(performance.now() - t0);
      t0 = performance.now();
      fetchProjects('public', { q }, { limit: 50 });
      countProjects('public', { q }, COUNT_LIMIT);
      (list[group] ??= []).push(performance.now() - t0);
    }
  }
  db.$client.close();
}
console.log('\n| queries | /search p95 | project list page and count with q, p95 |\n| --- | --- | --- |');
for (const group of Object.keys(QUERIES)) {
  console.log(`| ${group} | ${p95(search[group]).toFixed(1)} ms | ${p95(list[group]).toFixed(1)} ms |`);
}
