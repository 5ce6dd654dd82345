import { migrateDatabase, openDatabase, type TrackerDb } from '@/db/core/connection';
import { seedDatabase } from '@/seed/seed-database';

// Gives unit tests a fresh in-memory database that the data layer's getDb() returns, so
// queries and mutations are tested exactly as the app runs them.
export function installTestDatabase({ seed = false } = {}): TrackerDb {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  if (seed) seedDatabase(db);
  (globalThis as unknown as { trackerDb?: TrackerDb }).trackerDb = db;
  return db;
}
