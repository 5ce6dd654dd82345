import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertTestActors } from './test-actors';
import * as t from '@/db/core/schema';
import { hashToken } from '@/lib/auth/session-token';
import { installTestDatabase } from '@/lib/test/test-database';
import { fetchApiTokenUser } from './session-queries';

describe('fetchApiTokenUser', () => {
  it('records when a token was last used to the minute, without a write on every request', () => {
    const db = installTestDatabase({ seed: true });
    const { jinanEditor } = insertTestActors(db);
    db.insert(t.apiTokens)
      .values({ tokenHash: hashToken('token'), userId: jinanEditor.id, label: 'script' })
      .run();
    const lastUsed = () =>
      db.select({ at: t.apiTokens.lastUsedAt }).from(t.apiTokens).where(eq(t.apiTokens.userId, jinanEditor.id)).get()!
        .at;
    const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 9, 0, seconds));

    expect(fetchApiTokenUser('token', at(0))).toMatchObject({ id: jinanEditor.id, cityCodes: jinanEditor.cityCodes });
    expect(lastUsed()).toBe(at(0).toISOString());
    const changesBefore = db.$client.prepare('select total_changes()').pluck().get();
    expect(fetchApiTokenUser('token', at(59))?.id).toBe(jinanEditor.id);
    expect(db.$client.prepare('select total_changes()').pluck().get()).toBe(changesBefore);
    expect(fetchApiTokenUser('token', at(60))?.id).toBe(jinanEditor.id);
    expect(lastUsed()).toBe(at(60).toISOString());
    expect(fetchApiTokenUser('other-token', at(61))).toBeNull();
  });
});
