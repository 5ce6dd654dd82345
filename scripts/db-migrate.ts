import { migrateDatabase, openDatabase, databasePath } from '@/db/connection';

const db = openDatabase();
migrateDatabase(db);
db.$client.close();
console.log(`migrated ${databasePath()}`);
