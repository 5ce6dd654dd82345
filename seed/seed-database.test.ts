import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '@/db/core/connection';
import { seedDatabase } from './seed-database';
import { seedAgreements } from './agreements';
import { seedProjects } from './projects';

const TABLES = [
  'cities',
  'districts',
  'events',
  'plans',
  'projects',
  'project_cities',
  'project_districts',
  'project_updates',
  'agreements',
  'agreement_cities',
  'agreement_districts',
  'agreement_projects',
  'organizations',
  'organization_cities',
  'indicators',
  'plan_projects',
  'plan_agreements',
];

function freshDatabase() {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  return db;
}

function dump(db: ReturnType<typeof freshDatabase>) {
  return Object.fromEntries(
    TABLES.map((table) => [table, db.$client.prepare(`select * from ${table} order by 1, 2`).all()]),
  );
}

describe('seedDatabase', () => {
  it('writes every seed record with its links and a first history entry per project', () => {
    const db = freshDatabase();
    seedDatabase(db);
    const count = (table: string) =>
      (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    expect(count('cities')).toBe(7);
    expect(count('projects')).toBe(seedProjects.length);
    expect(count('project_updates')).toBe(seedProjects.length);
    expect(count('agreements')).toBe(seedAgreements.length);
    expect(count('agreement_projects')).toBe(seedAgreements.reduce((n, a) => n + a.projectCodes.length, 0));
    expect(count('project_cities')).toBe(seedProjects.reduce((n, p) => n + p.cityCodes.length, 0));
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
  });

  it('is idempotent: seeding twice gives the same database', () => {
    const db = freshDatabase();
    seedDatabase(db);
    const first = dump(db);
    seedDatabase(db);
    expect(dump(db)).toEqual(first);
  });

  it('leaves records staff have edited alone', () => {
    const db = freshDatabase();
    seedDatabase(db);
    const code = seedProjects[0].code;
    db.$client.prepare(`update projects set progress = 42, version = 2 where code = ?`).run(code);
    seedDatabase(db);
    expect(db.$client.prepare(`select progress, version from projects where code = ?`).get(code)).toEqual({
      progress: 42,
      version: 2,
    });
  });
});
