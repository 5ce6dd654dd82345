import path from 'node:path';
import { databasePath } from '@/db/core/connection';

// Evidence lives beside the database, never under public/: the only way to read a file is the
// evidence route, which checks who may see it. Its own module, without 'server-only', so the
// test seed can put a file there too.
export function evidenceDir(): string {
  if (process.env.EVIDENCE_DIR) return path.resolve(/*turbopackIgnore: true*/ process.env.EVIDENCE_DIR);
  return path.join(/*turbopackIgnore: true*/ path.dirname(databasePath()), 'evidence');
}
