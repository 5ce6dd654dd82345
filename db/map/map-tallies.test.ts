import { beforeEach, describe, expect, it } from 'vitest';
import { installTestDatabase } from '@/lib/test/test-database';
import { countMapProjectsFromTallies } from './map-tallies';

// map_tallies is kept by triggers, change by change; after any sequence of writes it must hold
// what counting the projects afresh gives, and the map's counts must equal a count of the rows.

let db: ReturnType<typeof installTestDatabase>;

const point = JSON.stringify({ type: 'Point', coordinates: [117.1, 36.7] });

function recount(): string[] {
  const rows = db.$client
    .prepare(
      `select city_id, category, stage, located, count(*) as n from map_tally_parts
       group by city_id, category, stage, located order by 1, 2, 3, 4`,
    )
    .all() as Record<string, unknown>[];
  return rows.map((r) => JSON.stringify(r));
}

function kept(): string[] {
  const rows = db.$client
    .prepare(
      `select city_id, category, stage, located, projects as n from map_tallies where projects <> 0
       order by 1, 2, 3, 4`,
    )
    .all() as Record<string, unknown>[];
  return rows.map((r) => JSON.stringify(r));
}

beforeEach(() => {
  db = installTestDatabase({ seed: true });
});

describe('map_tallies', () => {
  it('starts as a count of the seeded projects', () => {
    expect(kept()).toEqual(recount());
    expect(kept().length).toBeGreaterThan(0);
  });

  it('follows every kind of write to projects and their cities', () => {
    const ids = (db.$client.prepare('select id from projects order by id').pluck().all() as number[]).slice(0, 12);
    const cities = db.$client.prepare('select id from cities order by id').pluck().all() as number[];
    const writes: [string, unknown[]][] = [
      ['update projects set geometry = null where id = ?', [ids[0]]],
      ['update projects set geometry = ? where id = ?', [point, ids[1]]],
      ["update projects set publication = 'draft' where id = ?", [ids[2]]],
      ["update projects set publication = 'published' where id = ?", [ids[2]]],
      ["update projects set deleted_at = '2026-12-01' where id = ?", [ids[3]]],
      ["update projects set category = 'culture', stage = 'cancelled' where id = ?", [ids[4]]],
      ['update projects set progress = 42, name_zh = name_zh where id = ?', [ids[5]]],
      ['delete from project_cities where project_id = ?', [ids[6]]],
      ['insert or ignore into project_cities (project_id, city_id) values (?, ?)', [ids[7], cities[6]]],
      [
        'update project_cities set city_id = ? where project_id = ? and city_id = (select min(city_id) from project_cities where project_id = ?)',
        [cities[5], ids[8], ids[8]],
      ],
      [
        `insert into projects (code, name_zh, name_en, category, stage, geometry, source_quote, publication)
         values ('MAP-TALLY-NEW', '新项目', 'New', 'rail', 'implementation', ?, 'fixture', 'published')`,
        [point],
      ],
      [
        "insert into project_cities (project_id, city_id) select id, ? from projects where code = 'MAP-TALLY-NEW'",
        [cities[1]],
      ],
      ["update projects set geometry = null where code = 'MAP-TALLY-NEW'", []],
      ["delete from project_cities where project_id = (select id from projects where code = 'MAP-TALLY-NEW')", []],
      ["delete from projects where code = 'MAP-TALLY-NEW'", []],
    ];
    for (const [statement, args] of writes) {
      db.$client.prepare(statement).run(...args);
      expect(kept(), statement).toEqual(recount());
    }
  });

  it('gives the map its counts on and off the map, for the circle, a city and the filters', () => {
    const count = (where: string, ...args: unknown[]) =>
      db.$client
        .prepare(
          `select count(geometry) as located, count(*) - count(geometry) as unlocated from projects p
           where publication = 'published' and deleted_at is null ${where}`,
        )
        .get(...args) as { located: number; unlocated: number };
    const jinan =
      'and exists (select 1 from project_cities pc join cities c on c.id = pc.city_id where pc.project_id = p.id and c.code = ?)';
    db.$client.prepare("update projects set geometry = null where code = 'RAIL-HUANGTAI-CONNECTING-LINE'").run();
    expect(countMapProjectsFromTallies({})).toEqual(count(''));
    expect(countMapProjectsFromTallies({ city: '370100' })).toEqual(count(jinan, '370100'));
    expect(countMapProjectsFromTallies({ category: 'rail' })).toEqual(count("and category = 'rail'"));
    expect(countMapProjectsFromTallies({ status: 'done' })).toEqual(
      count("and stage in ('completion', 'maintenance')"),
    );
  });
});
