import { beforeEach, describe, expect, it } from 'vitest';
import type { TrackerDb } from './connection';
import { installTestDatabase } from '@/lib/test/test-database';
import * as t from './schema';
import { writeIfVersion } from './versioned-record';

let db: TrackerDb;

function row(id: number) {
  return db.$client
    .prepare(`select version, progress, health_internal, internal_note from projects where id = ?`)
    .get(id) as { version: number; progress: number | null; health_internal: number; internal_note: string | null };
}

beforeEach(() => {
  db = installTestDatabase({ seed: true });
});

describe('writeIfVersion', () => {
  it('writes the fields on the expected version and bumps it, with values encoded per column', () => {
    const { id, version } = db.$client.prepare(`select id, version from projects order by id limit 1`).get() as {
      id: number;
      version: number;
    };
    expect(writeIfVersion(t.projects, id, version, { progress: 40, healthInternal: true, internalNote: 'a' })).toBe(
      true,
    );
    expect(row(id)).toEqual({ version: version + 1, progress: 40, health_internal: 1, internal_note: 'a' });
    // The same field set again reuses its statement, with new values.
    expect(
      writeIfVersion(t.projects, id, version + 1, { progress: 41, healthInternal: false, internalNote: 'b' }),
    ).toBe(true);
    expect(row(id)).toEqual({ version: version + 2, progress: 41, health_internal: 0, internal_note: 'b' });
  });

  it('writes null as NULL and leaves out fields given as undefined', () => {
    const { id, version } = db.$client.prepare(`select id, version from projects order by id limit 1`).get() as {
      id: number;
      version: number;
    };
    writeIfVersion(t.projects, id, version, { progress: 40, internalNote: 'kept' });
    expect(writeIfVersion(t.projects, id, version + 1, { progress: null, internalNote: undefined })).toBe(true);
    expect(row(id)).toMatchObject({ progress: null, internal_note: 'kept' });
    expect(writeIfVersion(t.projects, id, version + 2, { progress: 7 })).toBe(true);
    expect(row(id).progress).toBe(7);
  });

  it('refuses, and changes nothing, on any other version', () => {
    const { id, version } = db.$client.prepare(`select id, version from projects order by id limit 1`).get() as {
      id: number;
      version: number;
    };
    const before = row(id);
    expect(writeIfVersion(t.projects, id, version - 1, { progress: 99 })).toBe(false);
    expect(writeIfVersion(t.projects, id, version + 1, { progress: 99 })).toBe(false);
    expect(row(id)).toEqual(before);
  });
});
