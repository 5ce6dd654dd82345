import { restoreDatabase } from '@/db/core/backup';
import { databasePath } from '@/db/core/connection';

// npm run db:restore -- <file>: replaces the database's content with a checked backup.
const source = process.argv[2];
if (!source) {
  console.error('Usage: npm run db:restore -- <backup file>');
  process.exit(2);
}
await restoreDatabase(source, databasePath());
console.log(`restored ${databasePath()} from ${source}`);
