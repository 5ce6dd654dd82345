import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DIR } from './schemas';

// SOURCE.txt was written after the sums were taken (lib/oc4ids/schema/0.9.5/README.md).
const NOTE_WRITTEN_AFTER = 'SOURCE.txt';

describe('the vendored OC4IDS release', () => {
  it('is byte for byte what was fetched', () => {
    const sums = fs
      .readFileSync(path.join(SCHEMA_DIR, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/) as [string, string])
      .filter(([, file]) => file !== NOTE_WRITTEN_AFTER);
    expect(sums.length).toBe(41);
    for (const [sum, file] of sums)
      expect(
        createHash('sha256')
          .update(fs.readFileSync(path.join(SCHEMA_DIR, file)))
          .digest('hex'),
        file,
      ).toBe(sum);
  });
});
