import { migrateDatabase, openDatabase, databasePath } from '@/db/core/connection';

const db = openDatabase();
migrateDatabase(db);
db.$client.close();
console.log(`migrated ${databasePath()}`);
