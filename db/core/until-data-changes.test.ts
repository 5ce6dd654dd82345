import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from './client';
import { migrateDatabase, openDatabase, type TrackerDb } from './connection';
import { installTestDatabase } from '@/lib/test/test-database';
import { untilDataChanges } from './until-data-changes';

let db: TrackerDb;
let file: string;
let computed: string[];

const cityNames = untilDataChanges(1_000, (code: string) => {
  computed.push(code);
  return JSON.stringify(getDb().$client.prepare('select name_zh from cities where code = ?').pluck().get(code) ?? null);
});

beforeEach(() => {
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'until-data-changes-')), 'test.db');
  db = openDatabase(file);
  migrateDatabase(db);
  db.$client
    .prepare(
      `insert into cities (code, name_zh, name_en, centroid_lng, centroid_lat) values ('370100', '济南', 'Jinan', 117, 36.6)`,
    )
    .run();
  (globalThis as unknown as { trackerDb?: TrackerDb }).trackerDb = db;
  computed = [];
});
afterEach(() => {
  db.$client.close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

describe('untilDataChanges', () => {
  it('answers again from memory while nothing changes', () => {
    expect(cityNames('370100')).toBe('"济南"');
    expect(cityNames('370100')).toBe('"济南"');
    expect(computed).toEqual(['370100']);
  });

  it('computes afresh after a write through this connection', () => {
    cityNames('370100');
    db.$client.prepare(`update cities set name_zh = '济南市' where code = '370100'`).run();
    expect(cityNames('370100')).toBe('"济南市"');
  });

  it('computes afresh after a commit by another connection', () => {
    cityNames('370100');
    const other = new Database(file);
    other.prepare(`update cities set name_zh = '泉城' where code = '370100'`).run();
    other.close();
    expect(cityNames('370100')).toBe('"泉城"');
  });

  it('keeps no more than its budget, dropping the least recently used', () => {
    const long = untilDataChanges(25, (n: number) => {
      computed.push(String(n));
      return 'x'.repeat(10);
    });
    long(1);
    long(2);
    long(1);
    long(3);
    long(1);
    long(2);
    expect(computed).toEqual(['1', '2', '3', '2']);
  });

  it('starts empty on another database', () => {
    cityNames('370100');
    installTestDatabase();
    expect(cityNames('370100')).toBe('null');
  });
});
