import { backupDatabase, defaultBackupFile } from '@/db/core/backup';
import { databasePath } from '@/db/core/connection';

// npm run db:backup [-- <file>]: safe to run while the app serves.
const destination = process.argv[2] ?? defaultBackupFile();
await backupDatabase(databasePath(), destination);
console.log(`backed up ${databasePath()} to ${destination}`);
