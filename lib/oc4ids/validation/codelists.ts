import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { SCHEMA_DIR } from './schemas';

const cache = new Map<string, Set<string>>();

// The codes of one of the release's codelists (its `Code` column).
export function codelistCodes(file: string): Set<string> {
  let codes = cache.get(file);
  if (!codes) {
    const rows = parse(fs.readFileSync(path.join(SCHEMA_DIR, 'codelists', file), 'utf8'), { columns: true }) as {
      Code: string;
    }[];
    codes = new Set(rows.map((r) => r.Code));
    cache.set(file, codes);
  }
  return codes;
}
