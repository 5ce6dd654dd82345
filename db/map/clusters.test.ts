import { beforeEach, describe, expect, it } from 'vitest';
import type { Category, Stage } from '@/lib/enums';
import { cellOf, formatCell } from '@/lib/geo/map-grid';
import { installTestDatabase } from '@/lib/test/test-database';
import { seedCities } from '@/seed/cities';
import { fetchMapListPage, fetchMapView } from './queries';
import { countLocated, fetchGridClusters } from './clusters';
import { cityClustersFromTallies } from './map-tallies';

let db: ReturnType<typeof installTestDatabase>;
const JINAN = '370100';
const ZIBO = '370300';

type Row = {
  code: string;
  category: Category;
  stage?: Stage;
  cities: string[];
  geometry: string | null;
  publication?: 'published' | 'draft';
  deleted?: boolean;
};

function insert(rows: Row[]) {
  const cityId = new Map(
    (db.$client.prepare('select id, code from cities').all() as { id: number; code: string }[]).map((c) => [
      c.code,
      c.id,
    ]),
  );
  const project = db.$client
    .prepare(`insert into projects (code, name_zh, name_en, category, stage, geometry, source_quote, publication, deleted_at)
    values (?, ?, ?, ?, ?, ?, 'fixture', ?, ?)`);
  const link = db.$client.prepare('insert into project_cities (project_id, city_id) values (?, ?)');
  for (const r of rows) {
    const id = project.run(
      r.code,
      `项目${r.code}`,
      `Project ${r.code}`,
      r.category,
      r.stage ?? 'construction',
      r.geometry,
      r.publication ?? 'published',
      r.deleted ? '2026-01-01' : null,
    ).lastInsertRowid;
    for (const c of r.cities) link.run(id, cityId.get(c));
  }
}

const point = (lng: number, lat: number) => JSON.stringify({ type: 'Point', coordinates: [lng, lat] });
const line = (...coordinates: [number, number][]) => JSON.stringify({ type: 'LineString', coordinates });

// Level 0 cells are 0.2° square. Jinan's A cell is [117.0, 117.2) × [36.6, 36.8); B is the
// cell east of it; Zibo's projects sit in [118.0, 118.2) × [36.6, 36.8).
const FIXTURE: Row[] = [
  { code: 'A1', category: 'rail', cities: [JINAN], geometry: point(117.05, 36.65) },
  { code: 'A2', category: 'port', cities: [JINAN], geometry: point(117.15, 36.75) },
  { code: 'A3', category: 'port', cities: [JINAN], geometry: point(117.1, 36.7) },
  { code: 'B1', category: 'ecology', cities: [JINAN], geometry: point(117.25, 36.65) },
  // A corridor from Jinan to Zibo: its anchor is the middle of its ends, (117.6, 36.7).
  { code: 'C1', category: 'rail', cities: [JINAN, ZIBO], geometry: line([117.1, 36.7], [117.5, 36.9], [118.1, 36.7]) },
  { code: 'Z1', category: 'road', cities: [ZIBO], geometry: point(118.05, 36.65) },
  { code: 'Z2', category: 'road', cities: [ZIBO], geometry: point(118.1, 36.7), stage: 'completion' },
  // None of these may be counted: no location, a draft, a deleted project, text that is not JSON.
  { code: 'U1', category: 'services', cities: [JINAN], geometry: null },
  { code: 'D1', category: 'rail', cities: [JINAN], geometry: point(117.05, 36.65), publication: 'draft' },
  { code: 'X1', category: 'rail', cities: [JINAN], geometry: point(117.05, 36.65), deleted: true },
];

beforeEach(() => {
  db = installTestDatabase();
  const city = db.$client.prepare(
    'insert into cities (code, name_zh, name_en, centroid_lng, centroid_lat) values (?, ?, ?, ?, ?)',
  );
  for (const c of seedCities) city.run(c.code, c.nameZh, c.nameEn, c.centroid[0], c.centroid[1]);
  insert(FIXTURE);
});

describe('cityClustersFromTallies', () => {
  it('counts located public projects per city and category, a corridor in each of its cities', () => {
    const clusters = cityClustersFromTallies({});
    expect(clusters).toEqual([
      { cityCode: JINAN, total: 5, byCategory: { rail: 2, port: 2, ecology: 1 } },
      { cityCode: ZIBO, total: 3, byCategory: { rail: 1, road: 2 } },
    ]);
  });

  it('applies the filters', () => {
    expect(cityClustersFromTallies({ category: 'road' })).toEqual([
      { cityCode: ZIBO, total: 2, byCategory: { road: 2 } },
    ]);
    expect(cityClustersFromTallies({ status: 'done' })).toEqual([
      { cityCode: ZIBO, total: 1, byCategory: { road: 1 } },
    ]);
  });
});

describe('fetchGridClusters', () => {
  it('counts per cell at the mean position of its projects', () => {
    const byCell = new Map(fetchGridClusters({ city: JINAN }, 0).map((c) => [formatCell(c.cell), c]));
    expect([...byCell.keys()].sort()).toEqual(['0-585-183', '0-586-183', '0-588-183']);
    const a = byCell.get('0-585-183')!;
    expect(a.total).toBe(3);
    expect(a.byCategory).toEqual({ rail: 1, port: 2 });
    expect(a.lng).toBeCloseTo(117.1, 9);
    expect(a.lat).toBeCloseTo(36.7, 9);
    expect(byCell.get('0-586-183')).toMatchObject({ total: 1, byCategory: { ecology: 1 } });
    // The corridor counts where its symbol sits, between its ends, not at its bend.
    expect(byCell.get('0-588-183')).toMatchObject({ total: 1, byCategory: { rail: 1 }, lng: 117.6, lat: 36.7 });
  });

  it('counts one level finer inside a cell, and agrees with the count of the cell', () => {
    const cell = cellOf(0, [117.1, 36.7]);
    const inside = fetchGridClusters({}, 1, cell);
    expect(inside.reduce((sum, c) => sum + c.total, 0)).toBe(countLocated({}, cell));
    expect(countLocated({}, cell)).toBe(3);
    expect(inside.map((c) => formatCell(c.cell)).sort()).toEqual(['1-2341-733', '1-2342-734', '1-2343-735']);
  });

  it('skips a location that is not JSON instead of failing', () => {
    insert([{ code: 'BAD', category: 'rail', cities: [JINAN], geometry: '{not json' }]);
    expect(fetchGridClusters({ city: JINAN }, 0).reduce((sum, c) => sum + c.total, 0)).toBe(5);
  });
});

describe('fetchMapView', () => {
  it('draws every project up to the threshold, exactly as before', () => {
    const view = fetchMapView({}, { threshold: 7 });
    expect(view.mode).toBe('projects');
    expect(view.mode === 'projects' && view.projects.map((p) => p.code).sort()).toEqual([
      'A1',
      'A2',
      'A3',
      'B1',
      'C1',
      'Z1',
      'Z2',
    ]);
    expect(view).toMatchObject({ located: 7, unlocated: 1 });
  });

  it('counts per city above the threshold, per cell once a city is chosen, and draws a small cell', () => {
    expect(fetchMapView({}, { threshold: 6 })).toMatchObject({ mode: 'cities', located: 7 });
    const city = fetchMapView({ city: JINAN }, { threshold: 4 });
    expect(city.mode).toBe('grid');
    expect(city.mode === 'grid' && city.clusters.map((c) => c.total).sort()).toEqual([1, 1, 3]);
    const cell = fetchMapView({ city: JINAN }, { threshold: 4, cell: cellOf(0, [117.1, 36.7]) });
    expect(cell.mode === 'projects' && cell.projects.map((p) => p.code)).toEqual(['A2', 'A3', 'A1']);
    expect(cell.located).toBe(3);
  });

  it('caps the finest cell at the threshold, and says how many there are', () => {
    const finest = cellOf(2, [117.05, 36.65]);
    insert([{ code: 'A0', category: 'rail', cities: [JINAN], geometry: point(117.051, 36.651) }]);
    const view = fetchMapView({}, { threshold: 1, cell: finest });
    expect(view.mode === 'projects' && view.projects.map((p) => p.code)).toEqual(['A0']);
    expect(view.located).toBe(2);
  });
});

describe('fetchMapListPage', () => {
  it('pages through the located projects in code order', () => {
    const first = fetchMapListPage({}, { limit: 3 });
    expect(first.projects.map((p) => p.code)).toEqual(['A1', 'A2', 'A3']);
    expect(first.nextAfter).toBe('A3');
    const second = fetchMapListPage({}, { limit: 3, after: first.nextAfter! });
    expect(second.projects.map((p) => p.code)).toEqual(['B1', 'C1', 'Z1']);
    expect(second.projects[1].cityCodes).toEqual([JINAN, ZIBO]);
    const last = fetchMapListPage({}, { limit: 3, after: second.nextAfter! });
    expect(last).toMatchObject({ projects: [{ code: 'Z2' }], nextAfter: null });
  });

  it('pages only the projects in the chosen cell', () => {
    expect(fetchMapListPage({}, { limit: 10, cell: cellOf(0, [118.05, 36.65]) }).projects.map((p) => p.code)).toEqual([
      'Z1',
      'Z2',
    ]);
  });
});
