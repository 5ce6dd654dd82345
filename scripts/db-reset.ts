import fs from 'node:fs';
import { databasePath } from '@/db/core/connection';
import { prepareDatabase } from './prepare-database';

const file = databasePath();
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
prepareDatabase();
