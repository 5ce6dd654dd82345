import { beforeEach, describe, expect, it } from 'vitest';
import { insertTestActors, type TestActors } from '@/db/accounts/test-actors';
import { installTestDatabase } from '@/lib/test/test-database';
import { addMilestone, setMilestonePublication, setMilestoneStatus } from './mutations';

const CODE = 'RAIL-HUANGTAI-CONNECTING-LINE';
let actors: TestActors;
let id: number;

beforeEach(() => {
  actors = insertTestActors(installTestDatabase({ seed: true }));
  const added = addMilestone(actors.jinanEditor, CODE, { titleZh: '联络线贯通' });
  id = added.ok ? added.id : 0;
});

describe('milestone changes', () => {
  it('refuse a page that is behind, even when what it asks for is already the case', () => {
    expect(setMilestoneStatus(actors.jinanEditor, id, 1, { status: 'met' })).toEqual({ ok: true, id });
    expect(setMilestoneStatus(actors.jinanEditor2, id, 1, { status: 'met' })).toEqual({
      ok: false,
      status: 'conflict',
    });
    expect(setMilestonePublication(actors.jinanEditor, id, 1, { publication: 'published' })).toEqual({
      ok: false,
      status: 'conflict',
    });
  });

  it('leave an unchanged milestone as it is when the page is current', () => {
    expect(setMilestonePublication(actors.jinanEditor, id, 1, { publication: 'draft' })).toEqual({ ok: true, id });
    expect(setMilestoneStatus(actors.jinanEditor, id, 1, { status: 'met' })).toEqual({ ok: true, id });
  });

  it("are for editors of the project's cities, and publishing for those who publish", () => {
    expect(setMilestoneStatus(actors.ziboEditor, id, 1, { status: 'met' }).ok).toBe(false);
    expect(setMilestonePublication(actors.viewer, id, 1, { publication: 'published' }).ok).toBe(false);
    expect(setMilestonePublication(null, id, 1, { publication: 'published' }).ok).toBe(false);
  });
});

describe('a new milestone', () => {
  it('keeps the date first planned as its baseline', () => {
    const db = installTestDatabase({ seed: true });
    const added = addMilestone(insertTestActors(db).jinanEditor, CODE, { titleZh: '铺轨完成', plannedOn: '2022-06' });
    expect(added.ok).toBe(true);
    const row = db.$client
      .prepare('select planned_on, baseline_on from milestones where id = ?')
      .get(added.ok && added.id);
    expect(row).toEqual({ planned_on: '2022-06', baseline_on: '2022-06' });
  });
});
