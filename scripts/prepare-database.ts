import { migrateDatabase, openDatabase, databasePath } from '@/db/connection';
import { isDatabaseEmpty, seedDatabase } from '@/seed/seed-database';
import { seedTestFixtures } from '@/seed/test-fixtures';

// Applies migrations and, when the database holds nothing yet, the seed.
export function prepareDatabase({ forceSeed = false } = {}): void {
  const db = openDatabase();
  migrateDatabase(db);
  const empty = isDatabaseEmpty(db);
  if (empty || forceSeed) seedDatabase(db);
  if (process.env.SEED_FIXTURES === 'test') seedTestFixtures(db);
  db.$client.close();
  console.log(`database ${databasePath()}: migrated${empty || forceSeed ? ', seeded' : ''}`);
}
