import { migrateDatabase, openDatabase, databasePath } from '@/db/core/connection';
import { isDatabaseEmpty, seedDatabase } from '@/seed/seed-database';
import { seedDemoAccounts } from '@/seed/demo-accounts';
import { seedTestEvidence, seedTestFixtures } from '@/seed/test-fixtures';

// Applies migrations and, when the database holds nothing yet, the seed.
export function prepareDatabase({ forceSeed = false } = {}): void {
  const db = openDatabase();
  migrateDatabase(db);
  const empty = isDatabaseEmpty(db);
  if (empty || forceSeed) seedDatabase(db);
  if (process.env.SEED_FIXTURES === 'test') {
    // The evidence fixture's id is fixed, so it goes in before the fixtures add evidence of their own.
    seedTestEvidence(db);
    seedTestFixtures(db);
  }
  // Demo accounts with a published password: test and development databases only.
  if (process.env.SEED_FIXTURES === 'test' || process.env.SEED_DEMO_ACCOUNTS === '1') seedDemoAccounts(db);
  db.$client.close();
  console.log(`database ${databasePath()}: migrated${empty || forceSeed ? ', seeded' : ''}`);
}
