import { beforeEach, describe, expect, it } from 'vitest';
import { addMilestone, setMilestonePublication } from '@/db/milestones/mutations';
import { updateProjectFields } from '@/db/projects/mutations';
import { createRecord, updateRecord } from '@/db/records/mutations';
import { insertTestActors, type TestActors } from '@/db/accounts/test-actors';
import { fetchRecentChanges } from '@/db/dashboard/changes';
import { fetchProjectByCode } from '@/db/projects/queries';
import { fetchProjectHistory } from '@/db/projects/project-history';
import * as t from '@/db/core/schema';
import { installTestDatabase } from '@/lib/test/test-database';

// The public history of a project is decided change by change, by the visibility, at read time,
// of what each change refers to.

const CODE = 'RAIL-HUANGTAI-CONNECTING-LINE';
let actors: TestActors;

const version = () => fetchProjectByCode('internal', CODE)!.project.version;
const publicText = () =>
  JSON.stringify([
    fetchProjectHistory('public', fetchProjectByCode('internal', CODE)!.project.id),
    fetchRecentChanges('public', {}),
  ]);
const staffText = () =>
  JSON.stringify(fetchProjectHistory('internal', fetchProjectByCode('internal', CODE)!.project.id));

beforeEach(() => {
  const db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
});

describe('the public history of a project', () => {
  it("hides a draft milestone's title until the milestone is published", () => {
    const added = addMilestone(actors.jinanEditor, CODE, { titleZh: '里程碑甲-草稿', plannedOn: '2022-06' });
    expect(added.ok).toBe(true);
    expect(staffText()).toContain('里程碑甲-草稿');
    expect(publicText()).not.toContain('里程碑甲-草稿');
    const id = added.ok ? added.id : 0;
    expect(setMilestonePublication(actors.jinanEditor, id, 1, { publication: 'published' }).ok).toBe(true);
    expect(publicText()).toContain('里程碑甲-草稿');
    expect(setMilestonePublication(actors.jinanEditor, id, 2, { publication: 'draft' }).ok).toBe(true);
    expect(publicText()).not.toContain('里程碑甲-草稿');
  });

  it("hides a draft agreement's code in the project's list of agreements until it is published", () => {
    const created = createRecord(actors.admin, 'agreement', {
      code: 'AGR-DRAFT-TEST',
      nameZh: '草稿协议',
      type: 'cooperation',
      publication: 'draft',
      cityCodes: ['370100'],
      projectCodes: [CODE],
    });
    expect(created.ok).toBe(true);
    expect(staffText()).toContain('AGR-DRAFT-TEST');
    expect(publicText()).not.toContain('AGR-DRAFT-TEST');
    expect(updateRecord(actors.admin, 'agreement', 'AGR-DRAFT-TEST', 1, { publication: 'published' }).ok).toBe(true);
    expect(publicText()).toContain('AGR-DRAFT-TEST');
  });

  it('hides a health rating while staff keep it internal, and never shows who or why', () => {
    const changed = updateProjectFields(
      actors.jinanEditor,
      CODE,
      version(),
      { health: 'off_track', healthInternal: true },
      '内部说明-甲',
    );
    expect(changed.ok).toBe(true);
    const history = fetchProjectHistory('public', fetchProjectByCode('internal', CODE)!.project.id);
    expect(history.flatMap((h) => h.changes.map((c) => c.field))).not.toContain('health');
    expect(publicText()).not.toContain('off_track');
    expect(publicText()).not.toContain('内部说明-甲');
    expect(publicText()).not.toContain('jinan');
    expect(updateProjectFields(actors.jinanEditor, CODE, version(), { healthInternal: false }, '评级已商定').ok).toBe(
      true,
    );
    expect(publicText()).toContain('off_track');
    expect(publicText()).not.toContain('healthInternal');
  });

  it('matches a milestone change written before changes named their milestone by its title', () => {
    const db = installTestDatabase({ seed: true });
    actors = insertTestActors(db);
    const project = fetchProjectByCode('internal', CODE)!.project;
    db.insert(t.milestones).values({ projectId: project.id, titleZh: '旧里程碑', publication: 'published' }).run();
    db.insert(t.milestones).values({ projectId: project.id, titleZh: '旧草稿', publication: 'draft' }).run();
    for (const title of ['旧里程碑', '旧草稿']) {
      db.insert(t.projectUpdates)
        .values({
          projectId: project.id,
          version: 1,
          changes: JSON.stringify([{ field: 'milestone', from: null, to: title }]),
        })
        .run();
    }
    expect(publicText()).toContain('旧里程碑');
    expect(publicText()).not.toContain('旧草稿');
  });
});
