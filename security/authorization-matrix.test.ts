import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as agreements } from '@/app/api/v1/agreements/route';
import { GET as listProjects, POST } from '@/app/api/v1/projects/route';
import { GET as getProject, PATCH } from '@/app/api/v1/projects/[code]/route';
import { POST as batchPost } from '@/app/api/v1/projects/batch/route';
import { GET as exportProjects } from '@/app/dashboard/export/route';
import { GET as evidence } from '@/app/evidence/[id]/route';
import { signOutAction } from '@/app/[locale]/login/actions';
import { changePasswordAction, endOtherSessionsAction } from '@/app/[locale]/staff/account/actions';
import { importAction } from '@/app/[locale]/staff/import/actions';
import {
  addMilestoneAction,
  createProjectAction,
  deleteProjectAction,
  saveProjectAction,
  setEvidencePublicationAction,
  setMilestoneStatusAction,
} from '@/app/[locale]/staff/projects/[code]/actions';
import { deleteRecordAction, saveRecordAction } from '@/app/[locale]/staff/records/actions';
import { createTokenAction, revokeTokenAction } from '@/app/[locale]/staff/tokens/actions';
import {
  createUserAction,
  endEveryoneElsesSessionsAction,
  endSessionsAction,
  resetPasswordAction,
  resetSecondFactorAction,
  setDisabledAction,
  updateAccessAction,
  revokeUserTokenAction,
} from '@/app/[locale]/staff/users/actions';
import type { TrackerDb } from '@/db/core/connection';
import { insertTestActors, JINAN, ZIBO, type TestActors } from '@/db/accounts/test-actors';
import * as t from '@/db/core/schema';
import { hashPassword } from '@/lib/auth/password';
import { hashToken } from '@/lib/auth/session-token';
import { switchLocale } from '@/lib/i18n/actions';
import { PROJECT_CSV_COLUMNS } from '@/db/projects/csv';
import { snapshotDatabase } from '@/lib/test/db-snapshot';
import { outcome } from '@/lib/test/next-server-stubs';
import { actAs } from '@/lib/test/request-context';
import { installTestDatabase } from '@/lib/test/test-database';
import { IDLE, type FormState } from '@/lib/validation/form-state';

// Who may call what, at the boundary the outside world reaches: every route handler and server
// action, called directly (no page, no proxy) by each kind of caller. The table below is the
// specification; each row's call is a request that succeeds for whoever may make it. A refused
// call must change nothing at all. The permission rules themselves are unit-tested in
// lib/auth/permissions.test.ts and per mutation in db/mutations/*.test.ts.

vi.setConfig({ testTimeout: 60_000 });
vi.mock('next/headers', () => import('@/lib/test/request-context'));
vi.mock('next/cache', () => import('@/lib/test/next-server-stubs'));
vi.mock('next/navigation', () => import('@/lib/test/next-server-stubs'));

type Caller = 'anonymous' | 'viewer' | 'otherCityEditor' | 'cityEditor' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'viewer', 'otherCityEditor', 'cityEditor', 'admin'];
const EVERYONE = CALLERS;
const SIGNED_IN: Caller[] = ['viewer', 'otherCityEditor', 'cityEditor', 'admin'];
const CITY_EDITORS: Caller[] = ['cityEditor', 'admin'];
const ADMINS: Caller[] = ['admin'];
const NOBODY: Caller[] = [];

// A Jinan project, a Jinan-only record and a password every test account shares.
const CODE = 'RAIL-HUANGTAI-CONNECTING-LINE';
const ORG = 'ORG-QFLP-FUND';
const PASSWORD = 'matrix passphrase 2024';
const ORIGIN = 'http://localhost';

type Ctx = { who: Caller; userId: number | null; token: string | null };
// Each call answers "was it allowed?" from what the endpoint returned.
type Row = { endpoint: string; may: readonly Caller[]; setup?: () => void; call: (ctx: Ctx) => Promise<boolean> };

let db: TrackerDb;
let actors: TestActors;
let milestoneId: number;
let attachmentId: number;
let evidenceDir: string;

const version = (table: string, code: string) =>
  db.$client.prepare(`select version from ${table} where code = ?`).pluck().get(code) as number;
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
};
const saved = (state: FormState<unknown> | { redirected: string }) => 'redirected' in state || state.status === 'saved';
const projectForm = () => ({
  code: CODE,
  version: String(version('projects', CODE)),
  note: 'matrix',
  stage: 'implementation',
  progress: '61',
  cityCodes: [JINAN],
});
const jsonRequest = (url: string, method: string, body: unknown, headers: Record<string, string>) =>
  new Request(url, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
const bearer = (ctx: Ctx): Record<string, string> => (ctx.token ? { authorization: `Bearer ${ctx.token}` } : {});
const patchProject = (headers: Record<string, string>) =>
  PATCH(
    jsonRequest(
      `${ORIGIN}/api/v1/projects/${CODE}`,
      'PATCH',
      { progress: 62, note: 'matrix' },
      { 'if-match': `"${version('projects', CODE)}"`, ...headers },
    ),
    { params: Promise.resolve({ code: CODE }) },
  );
const batchUpdate = (headers: Record<string, string>, fields: Record<string, unknown> = { progress: 63 }) =>
  batchPost(
    jsonRequest(
      `${ORIGIN}/api/v1/projects/batch`,
      'POST',
      { atomic: true, updates: [{ code: CODE, version: version('projects', CODE), fields, note: 'matrix' }] },
      headers,
    ),
  );
const importCsv = () =>
  `${PROJECT_CSV_COLUMNS.join(',')}\n${PROJECT_CSV_COLUMNS.map((c) => (({ code: 'ROAD-IMPORTED', nameZh: '导入道路', category: 'road', stage: 'preparation', health: 'on_track', cities: JINAN, publication: 'draft' }) as Record<string, string>)[c] ?? '').join(',')}`;

const MATRIX: Row[] = [
  // Route handlers
  {
    endpoint: 'GET /api/v1/* (open data)',
    may: EVERYONE,
    call: async () => {
      const statuses = [
        (await listProjects(new NextRequest(`${ORIGIN}/api/v1/projects`))).status,
        (await agreements(new Request(`${ORIGIN}/api/v1/agreements`))).status,
        (
          await getProject(new Request(`${ORIGIN}/api/v1/projects/${CODE}`), {
            params: Promise.resolve({ code: CODE }),
          })
        ).status,
      ];
      return statuses.every((s) => s === 200);
    },
  },
  {
    endpoint: 'GET /dashboard/export (public columns)',
    may: EVERYONE,
    call: async () => (await exportProjects(new NextRequest(`${ORIGIN}/dashboard/export`))).status === 200,
  },
  {
    endpoint: 'GET /dashboard/export with drafts and publication',
    may: SIGNED_IN,
    call: async () => {
      const csv = await (await exportProjects(new NextRequest(`${ORIGIN}/dashboard/export?format=csv`))).text();
      return csv.split('\n')[0].includes('publication');
    },
  },
  {
    endpoint: 'GET /evidence/{id} of a draft attachment',
    may: SIGNED_IN,
    call: async () =>
      (
        await evidence(new Request(`${ORIGIN}/evidence/${attachmentId}`), {
          params: Promise.resolve({ id: String(attachmentId) }),
        })
      ).status === 200,
  },
  {
    endpoint: 'PATCH /api/v1/projects/{code} with an API token',
    may: CITY_EDITORS,
    call: async (ctx) => (await patchProject(bearer(ctx))).status === 200,
  },
  {
    endpoint: 'PATCH /api/v1/projects/{code} with the session cookie, same origin',
    may: CITY_EDITORS,
    call: async () => (await patchProject({ origin: ORIGIN })).status === 200,
  },
  {
    endpoint: 'PATCH /api/v1/projects/{code} with the session cookie from another site',
    may: NOBODY,
    call: async () => (await patchProject({ origin: 'https://evil.example' })).status === 200,
  },
  {
    endpoint: 'POST /api/v1/projects/batch with an API token',
    may: CITY_EDITORS,
    call: async (ctx) => (await batchUpdate(bearer(ctx))).status === 200,
  },
  {
    endpoint: 'POST /api/v1/projects/batch with the session cookie, same origin',
    may: CITY_EDITORS,
    call: async () => (await batchUpdate({ origin: ORIGIN })).status === 200,
  },
  {
    endpoint: 'POST /api/v1/projects/batch with the session cookie from another site',
    may: NOBODY,
    call: async () => (await batchUpdate({ origin: 'https://evil.example' })).status === 200,
  },
  {
    endpoint: 'POST /api/v1/projects/batch moving the project into another city',
    may: ADMINS,
    call: async (ctx) => (await batchUpdate(bearer(ctx), { cityCodes: [JINAN, ZIBO] })).status === 200,
  },
  {
    endpoint: 'POST /api/v1/projects',
    may: CITY_EDITORS,
    call: async (ctx) =>
      (
        await POST(
          jsonRequest(
            `${ORIGIN}/api/v1/projects`,
            'POST',
            { code: 'ROAD-MATRIX', nameZh: '矩阵道路', category: 'road', stage: 'preparation', cityCodes: [JINAN] },
            bearer(ctx),
          ),
        )
      ).status === 201,
  },
  {
    endpoint: 'POST /api/v1/projects in another city too',
    may: ADMINS,
    call: async (ctx) =>
      (
        await POST(
          jsonRequest(
            `${ORIGIN}/api/v1/projects`,
            'POST',
            {
              code: 'ROAD-MATRIX',
              nameZh: '矩阵道路',
              category: 'road',
              stage: 'preparation',
              cityCodes: [JINAN, ZIBO],
            },
            bearer(ctx),
          ),
        )
      ).status === 201,
  },
  // Project actions
  {
    endpoint: 'saveProjectAction',
    may: CITY_EDITORS,
    call: async () => saved(await saveProjectAction(IDLE, form(projectForm()))),
  },
  {
    endpoint: 'saveProjectAction publishing a draft',
    may: CITY_EDITORS,
    setup: () => db.update(t.projects).set({ publication: 'draft' }).where(eq(t.projects.code, CODE)).run(),
    call: async () => saved(await saveProjectAction(IDLE, form({ ...projectForm(), publication: 'published' }))),
  },
  {
    endpoint: 'saveProjectAction moving the project into another city',
    may: ADMINS,
    call: async () => saved(await saveProjectAction(IDLE, form({ ...projectForm(), cityCodes: [JINAN, ZIBO] }))),
  },
  {
    endpoint: 'createProjectAction',
    may: CITY_EDITORS,
    call: async () =>
      saved(
        await outcome(() =>
          createProjectAction(
            IDLE,
            form({
              code: 'ROAD-MATRIX',
              nameZh: '矩阵道路',
              category: 'road',
              stage: 'preparation',
              cityCodes: [JINAN],
            }),
          ),
        ),
      ),
  },
  {
    endpoint: 'deleteProjectAction',
    may: CITY_EDITORS,
    call: async () =>
      saved(
        await outcome(() =>
          deleteProjectAction(IDLE, form({ code: CODE, version: String(version('projects', CODE)), note: 'matrix' })),
        ),
      ),
  },
  {
    endpoint: 'addMilestoneAction',
    may: CITY_EDITORS,
    call: async () => saved(await addMilestoneAction(IDLE, form({ code: CODE, titleZh: '矩阵里程碑' }))),
  },
  {
    endpoint: 'setMilestoneStatusAction',
    may: CITY_EDITORS,
    call: async () => {
      await setMilestoneStatusAction(IDLE, form({ code: CODE, id: String(milestoneId), version: '1', status: 'met' }));
      return db.$client.prepare('select status from milestones where id = ?').pluck().get(milestoneId) === 'met';
    },
  },
  {
    endpoint: 'setEvidencePublicationAction',
    may: CITY_EDITORS,
    call: async () => {
      await setEvidencePublicationAction(
        IDLE,
        form({ code: CODE, id: String(attachmentId), publication: 'published' }),
      );
      return (
        db.$client.prepare('select publication from attachments where id = ?').pluck().get(attachmentId) === 'published'
      );
    },
  },
  {
    endpoint: 'importAction (apply)',
    may: CITY_EDITORS,
    call: async () =>
      Boolean(
        (await importAction(IDLE, form({ intent: 'apply', csv: importCsv(), versions: '{}', note: 'matrix' }))).result
          ?.applied,
      ),
  },
  // Record actions
  {
    endpoint: 'saveRecordAction (edit)',
    may: CITY_EDITORS,
    call: async () =>
      saved(
        await saveRecordAction(
          IDLE,
          form({
            recordKind: 'organization',
            mode: 'edit',
            code: ORG,
            version: String(version('organizations', ORG)),
            baseline: '{}',
            nameZh: '新名称',
            cityCodes: [JINAN],
          }),
        ),
      ),
  },
  {
    endpoint: 'saveRecordAction (create)',
    may: CITY_EDITORS,
    call: async () =>
      saved(
        await outcome(() =>
          saveRecordAction(
            IDLE,
            form({
              recordKind: 'organization',
              mode: 'create',
              code: 'ORG-MATRIX',
              nameZh: '矩阵联盟',
              kind: 'alliance',
              cityCodes: [JINAN],
            }),
          ),
        ),
      ),
  },
  {
    endpoint: 'deleteRecordAction',
    may: CITY_EDITORS,
    call: async () => {
      await outcome(() =>
        deleteRecordAction(
          IDLE,
          form({ recordKind: 'organization', code: ORG, version: String(version('organizations', ORG)) }),
        ),
      );
      return db.$client.prepare('select deleted_at from organizations where code = ?').pluck().get(ORG) !== null;
    },
  },
  // Tokens and the caller's own account
  {
    endpoint: 'createTokenAction',
    may: SIGNED_IN,
    call: async () => Boolean((await createTokenAction(IDLE, form({ label: 'matrix' }))).result),
  },
  {
    endpoint: 'revokeTokenAction (own token)',
    may: SIGNED_IN,
    call: async (ctx) => {
      const tokenId = db.$client
        .prepare('select id from api_tokens where user_id = ?')
        .pluck()
        .get(ctx.userId ?? actors.viewer.id) as number;
      return saved(await revokeTokenAction(tokenId, IDLE));
    },
  },
  {
    endpoint: "revokeTokenAction (someone else's token)",
    may: NOBODY,
    call: async () => {
      const tokenId = db.$client
        .prepare('select id from api_tokens where user_id = ?')
        .pluck()
        .get(actors.jinanEditor2.id) as number;
      return saved(await revokeTokenAction(tokenId, IDLE));
    },
  },
  {
    endpoint: 'changePasswordAction',
    may: SIGNED_IN,
    call: async () =>
      saved(
        await changePasswordAction(IDLE, form({ currentPassword: PASSWORD, newPassword: 'another matrix passphrase' })),
      ),
  },
  {
    endpoint: 'endOtherSessionsAction',
    may: SIGNED_IN,
    call: async () => saved(await endOtherSessionsAction(IDLE, form({ currentPassword: PASSWORD }))),
  },
  {
    endpoint: 'signOutAction',
    may: EVERYONE,
    call: async () => 'redirected' in (await outcome(() => signOutAction())),
  },
  {
    endpoint: 'switchLocale',
    may: EVERYONE,
    call: async () => (await outcome(() => switchLocale(form({ locale: 'en' }))), true),
  },
  // User management
  {
    endpoint: 'createUserAction',
    may: ADMINS,
    call: async () =>
      saved(
        await outcome(() =>
          createUserAction(
            IDLE,
            form({
              email: 'matrix@example.test',
              displayName: 'Matrix',
              role: 'viewer',
              password: 'a new matrix passphrase',
            }),
          ),
        ),
      ),
  },
  {
    endpoint: 'updateAccessAction',
    may: ADMINS,
    call: async () => saved(await updateAccessAction(actors.jinanEditor2.id, IDLE, form({ role: 'viewer' }))),
  },
  {
    endpoint: 'resetPasswordAction',
    may: ADMINS,
    call: async () =>
      saved(await resetPasswordAction(actors.jinanEditor2.id, IDLE, form({ password: 'a reset matrix passphrase' }))),
  },
  {
    endpoint: 'resetSecondFactorAction',
    may: ADMINS,
    call: async () => saved(await resetSecondFactorAction(actors.jinanEditor2.id, IDLE)),
  },
  {
    endpoint: 'setDisabledAction',
    may: ADMINS,
    call: async () => saved(await setDisabledAction(actors.jinanEditor2.id, true, IDLE)),
  },
  {
    endpoint: 'endSessionsAction',
    may: ADMINS,
    call: async () => saved(await endSessionsAction(actors.jinanEditor2.id, IDLE)),
  },
  {
    endpoint: 'endEveryoneElsesSessionsAction',
    may: ADMINS,
    call: async () => saved(await endEveryoneElsesSessionsAction(IDLE)),
  },
  {
    endpoint: "revokeUserTokenAction (another user's token)",
    may: ADMINS,
    call: async () => {
      const userId = actors.jinanEditor2.id;
      const tokenId = db.$client.prepare('select id from api_tokens where user_id = ?').pluck().get(userId) as number;
      return saved(await revokeUserTokenAction(userId, tokenId, IDLE));
    },
  },
];

beforeAll(async () => {
  evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'matrix-evidence-'));
  process.env.EVIDENCE_DIR = evidenceDir;
  db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
  db.update(t.users)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .run();
  const project = db.select().from(t.projects).where(eq(t.projects.code, CODE)).get()!;
  milestoneId = db
    .insert(t.milestones)
    .values({ projectId: project.id, titleZh: '矩阵', plannedOn: '2030' })
    .returning()
    .get().id;
  const storedName = `${'a'.repeat(32)}.png`;
  fs.writeFileSync(
    path.join(evidenceDir, storedName),
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  attachmentId = db
    .insert(t.attachments)
    .values({ projectId: project.id, fileName: 'site.png', storedName, mimeType: 'image/png', sizeBytes: 70 })
    .returning()
    .get().id;
  for (const actor of Object.values(actors))
    db.insert(t.apiTokens)
      .values({ tokenHash: hashToken(`own-${actor.id}`), userId: actor.id, label: 'own' })
      .run();
});
afterAll(() => fs.rmSync(evidenceDir, { recursive: true, force: true }));

const ACTOR_OF = (who: Caller) =>
  ({
    anonymous: null,
    viewer: actors.viewer,
    otherCityEditor: actors.ziboEditor,
    cityEditor: actors.jinanEditor,
    admin: actors.admin,
  })[who];

describe.each(MATRIX)('$endpoint', (row) => {
  it.each(CALLERS)(`%s: ${row.may.length ? row.may.join(', ') : 'nobody'} may`, async (who) => {
    // Each call starts from the same database and leaves it so for the next.
    db.$client.exec('SAVEPOINT matrix');
    try {
      const actor = ACTOR_OF(who);
      actAs(actor);
      row.setup?.();
      const before = snapshotDatabase(db);
      const allowed = await row.call({ who, userId: actor?.id ?? null, token: actor ? `own-${actor.id}` : null });
      expect(allowed, `${who} was ${allowed ? 'allowed' : 'refused'}`).toBe(row.may.includes(who));
      if (!allowed) expect(snapshotDatabase(db), 'a refused call changed the database').toBe(before);
    } finally {
      db.$client.exec('ROLLBACK TO matrix; RELEASE matrix');
    }
  });
});
