import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { signInAction, submitCodeAction } from '@/app/[locale]/login/actions';
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
  revokeUserTokenAction,
  setDisabledAction,
  updateAccessAction,
} from '@/app/[locale]/staff/users/actions';
import { switchLocale } from '@/lib/i18n/actions';
import { PROJECT_CSV_COLUMNS } from '@/db/projects/csv';
import type { TrackerDb } from '@/db/core/connection';
import {
  AGREEMENT_TYPES,
  CATEGORIES,
  EVENT_KINDS,
  HEALTHS,
  MILESTONE_STATUSES,
  ORGANIZATION_KINDS,
  PUBLICATION_STATES,
  STAGES,
} from '@/lib/enums';
import { insertTestActors, JINAN, type TestActors } from '@/db/accounts/test-actors';
import * as t from '@/db/core/schema';
import { expectUnchangedAfterEach } from '@/lib/test/db-snapshot';
import { anyJson, hostileString, invalidField, refusedText, type FieldKind } from '@/lib/test/hostile-values';
import { outcome } from '@/lib/test/next-server-stubs';
import { actAs } from '@/lib/test/request-context';
import { installTestDatabase } from '@/lib/test/test-database';
import { IDLE, type FormState } from '@/lib/validation/form-state';
import type { RecordKind } from '@/db/records/validation';
import editingEn from '@/messages/en/editing.json';
import editingZh from '@/messages/zh/editing.json';
import staffEn from '@/messages/en/staff.json';

// Every server action, called directly with generated hostile forms: each answers with the
// field errors its form shows (message keys that exist in both languages, on the field that is
// wrong, with what was typed kept), never an exception, and the database is exactly as before.

vi.setConfig({ testTimeout: 60_000 });
vi.mock('next/headers', () => import('@/lib/test/request-context'));
vi.mock('next/cache', () => import('@/lib/test/next-server-stubs'));
vi.mock('next/navigation', () => import('@/lib/test/next-server-stubs'));

const CODE = 'RAIL-HUANGTAI-CONNECTING-LINE';
const RUNS = 100;
const EDITING_KEYS = new Set(Object.keys(editingEn.editing.errors).filter((k) => k in editingZh.editing.errors));
const STAFF_KEYS = new Set([
  ...Object.keys(staffEn.staff.errors),
  ...Object.keys(staffEn.staff.password),
  ...Object.keys(staffEn.staff.tokens.errors),
]);

const text = (max: number): FieldKind => ({ kind: 'optionalText', max });
const PROJECT_FORM: Record<string, FieldKind> = {
  nameZh: { kind: 'requiredText', max: 200 },
  nameEn: text(200),
  descriptionZh: text(4000),
  descriptionEn: text(4000),
  internalNote: text(4000),
  sourceQuote: text(4000),
  category: { kind: 'enum', values: CATEGORIES },
  stage: { kind: 'enum', values: STAGES },
  health: { kind: 'enum', values: HEALTHS },
  publication: { kind: 'enum', values: PUBLICATION_STATES },
  progress: { kind: 'progress' },
  plannedStart: { kind: 'partialDate' },
  plannedEnd: { kind: 'partialDate' },
  actualStart: { kind: 'partialDate' },
  actualEnd: { kind: 'partialDate' },
  cityCodes: { kind: 'cities' },
};
const RECORD_COMMON: Record<string, FieldKind> = {
  nameZh: { kind: 'requiredText', max: 200 },
  nameEn: text(200),
  sourceQuote: text(4000),
  publication: { kind: 'enum', values: PUBLICATION_STATES },
};
const SUMMARY = { summaryZh: text(4000), summaryEn: text(4000) };
const RECORD_FORMS: Record<RecordKind, Record<string, FieldKind>> = {
  agreement: {
    ...RECORD_COMMON,
    ...SUMMARY,
    cityCodes: { kind: 'cities' },
    type: { kind: 'enum', values: AGREEMENT_TYPES },
    signedOn: { kind: 'partialDate' },
    projectCodes: { kind: 'codes' },
  },
  organization: {
    ...RECORD_COMMON,
    ...SUMMARY,
    cityCodes: { kind: 'cities' },
    kind: { kind: 'enum', values: ORGANIZATION_KINDS },
    foundedOn: { kind: 'partialDate' },
  },
  indicator: {
    ...RECORD_COMMON,
    value: { kind: 'number' },
    unitZh: { kind: 'requiredText', max: 40 },
    unitEn: text(40),
    asOf: { kind: 'partialDate' },
  },
  event: { ...RECORD_COMMON, ...SUMMARY, kind: { kind: 'enum', values: EVENT_KINDS }, heldOn: { kind: 'partialDate' } },
};
const MILESTONE_FORM: Record<string, FieldKind> = {
  titleZh: { kind: 'requiredText', max: 200 },
  titleEn: text(200),
  plannedOn: { kind: 'partialDate' },
  actualOn: { kind: 'partialDate' },
  status: { kind: 'enum', values: MILESTONE_STATUSES },
};

let db: TrackerDb;
let actors: TestActors;
let evidenceDir: string;

beforeAll(() => {
  evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-evidence-'));
  process.env.EVIDENCE_DIR = evidenceDir;
});
afterAll(() => fs.rmSync(evidenceDir, { recursive: true, force: true }));

beforeEach(() => {
  db = installTestDatabase({ seed: true });
  actors = insertTestActors(db);
  actAs(actors.admin);
});

function form(fields: Record<string, unknown>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value])
      data.append(name, one instanceof Blob ? one : String(one));
  }
  return data;
}

const projectVersion = () =>
  db.$client.prepare('select version from projects where code = ?').pluck().get(CODE) as number;

// Refused with field errors on `field`, each a message key the form can show in both languages,
// and what the user typed handed back.
function expectFieldError(state: FormState | { redirected: string }, field: string, typed?: unknown) {
  expect(state).toMatchObject({ status: 'invalid' });
  const errors = (state as FormState).errors ?? {};
  expect(errors[field], `no error for ${field}: ${JSON.stringify(errors).slice(0, 300)}`).toBeDefined();
  for (const key of errors[field]) expect(EDITING_KEYS).toContain(key);
  // FormData carries text as well-formed Unicode: a lone surrogate arrives as U+FFFD.
  const wellFormed = (v: unknown) =>
    typeof v === 'string' ? v.toWellFormed() : Array.isArray(v) ? v.map(wellFormed) : v;
  if (typed !== undefined) expect((state as FormState).values?.[field]).toEqual(wellFormed(typed));
}

// A refused submit of the user, token and account forms: message keys of the staff area.
const staffKeys = (state: FormState<unknown>) => Object.values(state.errors ?? {}).flat();

const unchanged = <T>(arbitrary: fc.Arbitrary<T>, run: (value: T) => Promise<void>, numRuns = RUNS) =>
  expectUnchangedAfterEach(db, arbitrary, run, numRuns);

describe('project actions', () => {
  it('saveProjectAction refuses any invalid field, naming it and keeping what was typed', async () => {
    await unchanged(
      invalidField(PROJECT_FORM, { form: true }),
      async ([field, value]) => {
        const state = await saveProjectAction(
          IDLE,
          form({ code: CODE, version: projectVersion(), note: 'hostile', cityCodes: [JINAN], [field]: value }),
        );
        expectFieldError(state, field, value);
      },
      250,
    );
  });

  it('saveProjectAction refuses unknown fields and a missing or hostile note', async () => {
    const unknown = hostileString.filter(
      (k) =>
        k.length > 0 &&
        k.length < 60 &&
        !(k in PROJECT_FORM) &&
        !['code', 'version', 'note', 'verifiedToday', 'healthInternal', 'lastVerifiedAt', 'evidence'].includes(k) &&
        !k.startsWith('$ACTION'),
    );
    await unchanged(fc.tuple(unknown, hostileString), async ([key, value]) => {
      expectFieldError(
        await saveProjectAction(
          IDLE,
          form({ code: CODE, version: projectVersion(), note: 'x', progress: '50', cityCodes: [JINAN], [key]: value }),
        ),
        key,
      );
    });
    await unchanged(
      fc.oneof(fc.constantFrom('', '   '), refusedText(2000)),
      async (note) => {
        expectFieldError(
          await saveProjectAction(
            IDLE,
            form({ code: CODE, version: projectVersion(), note, progress: '50', cityCodes: [JINAN] }),
          ),
          'note',
          note,
        );
      },
      50,
    );
  });

  it('saveProjectAction answers a hostile code or version with not found or a conflict', async () => {
    await unchanged(
      fc.tuple(hostileString, hostileString),
      async ([code, version]) => {
        const state = await saveProjectAction(
          IDLE,
          form({ code, version, note: 'x', progress: '50', cityCodes: [JINAN] }),
        );
        expect(['not_found', 'conflict']).toContain(state.status);
      },
      60,
    );
  });

  it('createProjectAction refuses any invalid field', async () => {
    const fields = { ...PROJECT_FORM, code: { kind: 'code' } as FieldKind };
    await unchanged(
      invalidField(fields, { form: true }),
      async ([field, value]) => {
        const base = {
          code: 'ROAD-HOSTILE',
          nameZh: '道路',
          category: 'road',
          stage: 'preparation',
          cityCodes: [JINAN],
        };
        expectFieldError(await outcome(() => createProjectAction(IDLE, form({ ...base, [field]: value }))), field);
      },
      150,
    );
  });

  it('deleteProjectAction refuses a missing or hostile note, and hostile codes', async () => {
    await unchanged(
      fc.tuple(fc.oneof(fc.constantFrom('', '  '), refusedText(2000)), fc.oneof(fc.constant(CODE), hostileString)),
      async ([note, code]) => {
        const state = await outcome(() => deleteProjectAction(IDLE, form({ code, version: projectVersion(), note })));
        expect(state).toMatchObject({ status: 'invalid', errors: { note: expect.any(Array) } });
      },
      50,
    );
    await unchanged(
      hostileString,
      async (code) => {
        expect(await outcome(() => deleteProjectAction(IDLE, form({ code, version: '1', note: 'x' })))).toMatchObject({
          status: 'not_found',
        });
      },
      40,
    );
  });

  it('addMilestoneAction refuses any invalid field; the status and evidence buttons refuse hostile forms', async () => {
    await unchanged(invalidField(MILESTONE_FORM, { form: true }), async ([field, value]) => {
      const base = { code: CODE, titleZh: '里程碑', plannedOn: '2030-01' };
      expectFieldError(await addMilestoneAction(IDLE, form({ ...base, [field]: value })), field);
    });
    const hostileForm = fc.dictionary(
      fc.constantFrom('code', 'id', 'version', 'status', 'publication', 'actualOn'),
      hostileString,
      { maxKeys: 6 },
    );
    await unchanged(
      hostileForm,
      async (fields) => {
        for (const state of [
          await setMilestoneStatusAction(IDLE, form(fields)),
          await setEvidencePublicationAction(IDLE, form(fields)),
        ])
          expect(['invalid', 'not_found', 'conflict']).toContain(state.status);
      },
      80,
    );
  });
});

describe('record actions', () => {
  const codes: Partial<Record<RecordKind, string>> = {};
  beforeEach(() => {
    const tables = { agreement: t.agreements, organization: t.organizations, indicator: t.indicators, event: t.events };
    for (const [kind, table] of Object.entries(tables))
      codes[kind as RecordKind] = db.select({ code: table.code }).from(table).limit(1).get()!.code;
  });

  it('saveRecordAction refuses any invalid field of every kind of record', async () => {
    const kindAndField = fc
      .constantFrom(...(Object.keys(RECORD_FORMS) as RecordKind[]))
      .chain((kind) =>
        invalidField(RECORD_FORMS[kind], { form: true }).map(([field, value]) => ({ kind, field, value })),
      );
    await unchanged(
      kindAndField,
      async ({ kind, field, value }) => {
        const version = db.$client
          .prepare(`select version from ${kind === 'agreement' ? 'agreements' : `${kind}s`} where code = ?`)
          .pluck()
          .get(codes[kind]);
        const state = await saveRecordAction(
          IDLE,
          form({ recordKind: kind, mode: 'edit', code: codes[kind], version, baseline: '{}', [field]: value }),
        );
        expectFieldError(state, field);
      },
      250,
    );
  });

  it('saveRecordAction and deleteRecordAction survive hostile hidden fields', async () => {
    const hidden = fc.record({
      recordKind: fc.oneof(
        fc.constantFrom('agreement', 'event', 'constructor', '__proto__', 'toString'),
        hostileString,
      ),
      mode: hostileString,
      code: hostileString,
      version: hostileString,
      baseline: hostileString,
    });
    await unchanged(hidden, async (fields) => {
      const state = await outcome(() => saveRecordAction(IDLE, form({ ...fields, nameZh: 'x' })));
      expect(['not_found', 'conflict', 'invalid']).toContain((state as FormState).status);
      expect(['not_found', 'conflict', 'invalid']).toContain(
        ((await outcome(() => deleteRecordAction(IDLE, form(fields)))) as FormState).status,
      );
    });
    // A stale save of a real record with a forged baseline is a conflict, not a crash.
    const state = await saveRecordAction(
      IDLE,
      form({
        recordKind: 'agreement',
        mode: 'edit',
        code: codes.agreement,
        version: '999',
        baseline: '{"broken',
        nameZh: '新名称',
      }),
    );
    expect(state.status).toBe('conflict');
  });
});

describe('import action', () => {
  it('reads hostile CSV as an error or a report of invalid rows, and applies nothing', async () => {
    const csv = fc.oneof(
      hostileString,
      fc
        .array(
          fc.array(hostileString, { maxLength: 4 }).map((cells) => cells.join(',')),
          { maxLength: 5 },
        )
        .map((lines) => lines.join('\n')),
      fc
        .array(hostileString, { minLength: 1, maxLength: 3 })
        .map((cells) => `${PROJECT_CSV_COLUMNS.join(',')}\n${cells.join(',')}`),
    );
    await unchanged(
      fc.tuple(csv, fc.constantFrom('dryRun', 'apply'), hostileString, fc.oneof(fc.constant('x'), hostileString)),
      async ([text, intent, versions, note]) => {
        const state = await importAction(IDLE, form({ csv: text, intent, versions, note }));
        if (state.result) expect(state.result.applied).toBe(false);
        else {
          expect(state.status).toBe('invalid');
          for (const key of Object.values(state.errors ?? {}).flat()) expect(EDITING_KEYS).toContain(key);
        }
      },
    );
  });
});

describe('token, user and account actions', () => {
  it('createTokenAction refuses an empty or overlong label; revoke ignores hostile ids', async () => {
    await unchanged(
      fc.oneof(
        fc.constantFrom('', '   '),
        fc.integer({ min: 81, max: 5000 }).map((n) => 'x'.repeat(n)),
      ),
      async (label) => {
        const state = await createTokenAction(IDLE, form({ label }));
        expect(state.errors?.label).toHaveLength(1);
        expect(STAFF_KEYS).toContain(state.errors?.label[0]);
        expect(state.values?.label).toBe(label);
      },
      40,
    );
    await unchanged(
      anyJson,
      async (id) => {
        expect(await revokeTokenAction(id as number, IDLE)).toEqual({ status: 'not_found' });
      },
      60,
    );
  });

  it('createUserAction refuses any invalid field with a message key on it', async () => {
    const invalid = fc.oneof(
      hostileString
        .filter((s) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s.trim()))
        .map((email) => ['email', { email }] as const),
      fc
        .oneof(
          fc.constantFrom('', '  '),
          fc.integer({ min: 101, max: 3000 }).map((n) => 'x'.repeat(n)),
        )
        .map((displayName) => ['displayName', { displayName }] as const),
      hostileString
        .filter((r) => !['admin', 'editor', 'viewer'].includes(r))
        .map((role) => ['role', { role }] as const),
      fc
        .array(hostileString, { minLength: 1, maxLength: 3 })
        .filter((c) => c.some((x) => !/^37\d{4}$/.test(x)))
        .map((cityCodes) => ['cityCodes', { cityCodes }] as const),
      fc.string({ maxLength: 11 }).map((password) => ['password', { password }] as const),
    );
    await unchanged(
      invalid,
      async ([field, fields]) => {
        const state = await outcome(() =>
          createUserAction(
            IDLE,
            form({
              email: 'new.user@example.test',
              displayName: 'New',
              role: 'editor',
              cityCodes: [JINAN],
              password: 'a long enough passphrase 42',
              ...fields,
            }),
          ),
        );
        expect(state).toMatchObject({ status: 'invalid' });
        expect((state as FormState).errors?.[field]).toHaveLength(1);
        expect(STAFF_KEYS).toContain((state as FormState).errors?.[field][0]);
      },
      120,
    );
  });

  it('the other user actions answer hostile user ids and fields without an exception', async () => {
    // Never the id of a real user: those are the matrix's business.
    const notAUserId = anyJson.filter((v) => !(typeof v === 'number' && v >= 0 && v < 1000));
    await unchanged(
      fc.tuple(notAUserId, hostileString),
      async ([userId, text]) => {
        const id = userId as number;
        const refusals = [
          await updateAccessAction(id, IDLE, form({ role: text, cityCodes: [text] })),
          await resetPasswordAction(id, IDLE, form({ password: text.slice(0, 11) })),
          await setDisabledAction(id, true, IDLE),
          await endSessionsAction(id, IDLE),
          await revokeUserTokenAction(id, id, IDLE),
        ];
        for (const state of refusals) expect(['invalid', 'not_found']).toContain(state.status);
      },
      80,
    );
    await endEveryoneElsesSessionsAction(IDLE);
  });

  it('account actions refuse an empty current password or a weak new one before checking anything', async () => {
    await unchanged(
      fc.tuple(
        fc.oneof(
          fc.constant(''),
          fc.integer({ min: 1025, max: 3000 }).map((n) => 'x'.repeat(n)),
        ),
        fc.string({ maxLength: 11 }),
      ),
      async ([currentPassword, newPassword]) => {
        const state = await changePasswordAction(IDLE, form({ currentPassword, newPassword }));
        expect(staffKeys(state).every((key) => STAFF_KEYS.has(key))).toBe(true);
        expect(state.status).not.toBe('saved');
      },
      60,
    );
    const state = await endOtherSessionsAction(IDLE, form({ currentPassword: '' }));
    expect(state.errors?.currentPassword).toEqual(['currentWrong']);
  });

  it('signInAction refuses empty or oversized fields before looking anyone up', async () => {
    actAs(null);
    const bad = fc.oneof(
      fc.record({ email: fc.constantFrom('', '   '), password: hostileString }),
      fc.record({
        email: fc.integer({ min: 255, max: 5000 }).map((n) => `${'x'.repeat(n)}@example.test`),
        password: fc.constant('x'),
      }),
      fc.record({
        email: hostileString.filter((e) => e.trim().length > 0 && e.length <= 254),
        password: fc.oneof(
          fc.constant(''),
          fc.integer({ min: 1025, max: 5000 }).map((n) => 'p'.repeat(n)),
        ),
      }),
    );
    await unchanged(
      bad,
      async (fields) => {
        const state = await signInAction(IDLE, form(fields));
        const keys = staffKeys(state);
        expect(keys.length).toBeGreaterThan(0);
        expect(keys.every((k) => ['emailRequired', 'passwordRequired'].includes(k))).toBe(true);
      },
      80,
    );
  });

  it('submitCodeAction refuses any code that is not six digits, and any code without a pending sign-in', async () => {
    actAs(null);
    await unchanged(
      hostileString,
      async (code) => {
        const state = await submitCodeAction(IDLE, form({ code }));
        expect(state.errors?.code?.[0] === 'codeFormat' || state.status === 'expired').toBe(true);
      },
      80,
    );
  });

  it('switchLocale keeps a known locale whatever it is sent', async () => {
    const { cookies } = await import('@/lib/test/request-context');
    await unchanged(
      hostileString,
      async (locale) => {
        expect(await outcome(() => switchLocale(form({ locale })))).toEqual({ redirected: '/' });
        expect(['zh', 'en']).toContain((await cookies()).get('NEXT_LOCALE')?.value);
      },
      40,
    );
  });

  it('switchLocale goes back to the page it was asked from, and only ever to a page of this site', async () => {
    const { setRequestHeaders } = await import('@/lib/test/request-context');
    setRequestHeaders({ host: 'tracker.example', referer: 'https://tracker.example/map?city=370100' });
    expect(await outcome(() => switchLocale(form({ locale: 'en' })))).toEqual({ redirected: '/map?city=370100' });
    // Only what can arrive in a header: HTTP itself refuses the rest.
    const headerValue = (value: string) => {
      try {
        return new Headers({ referer: value }) !== null;
      } catch {
        return false;
      }
    };
    const elsewhere = fc.oneof(
      fc.webUrl(),
      hostileString.filter(headerValue),
      fc.constantFrom(
        'https://evil.example/x',
        '//evil.example/x',
        'javascript:alert(1)',
        'https://tracker.example.evil.example/',
      ),
    );
    await unchanged(
      elsewhere,
      async (referer) => {
        setRequestHeaders({ host: 'tracker.example', referer });
        const result = await outcome(() => switchLocale(form({ locale: 'en' })));
        expect(result).toEqual({ redirected: expect.stringMatching(/^\/(?![/\\])/) });
      },
      60,
    );
  });
});

describe('evidence uploads', () => {
  // A real 1×1 PNG: its content, not its name, makes it a photo.
  const png = () =>
    new Uint8Array(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
  const wrongType = fc.oneof(
    fc
      .uint8Array({ minLength: 1, maxLength: 200 })
      .filter((b) => b[0] !== 0x89 && b[0] !== 0xff && b[0] !== 0x25 && b[0] !== 0x52),
    fc
      .constantFrom(
        '<svg onload=alert(1)>',
        '<html><script>alert(1)</script>',
        '#!/bin/sh\nrm -rf /',
        'MZ\x90\x00 not a photo',
      )
      .map((s) => new TextEncoder().encode(s)),
  );
  const photoName = fc.constantFrom(
    'photo.png',
    'scan.pdf',
    'site.jpg',
    '../../etc/passwd.png',
    'a"<b>.webp',
    'x.png\u0000.exe',
  );

  it('refuses files whose content is not a photo or PDF, whatever they are called, and stores nothing', async () => {
    await unchanged(
      fc.tuple(wrongType, photoName),
      async ([bytes, name]) => {
        const file = new File([bytes], name, { type: 'image/png' });
        const state = await saveProjectAction(
          IDLE,
          form({
            code: CODE,
            version: projectVersion(),
            note: 'evidence',
            progress: '50',
            cityCodes: [JINAN],
            evidence: file,
          }),
        );
        expectFieldError(state, 'evidence');
        expect(state.errors?.evidence).toEqual(['fileType']);
        expect(fs.readdirSync(evidenceDir)).toEqual([]);
      },
      40,
    );
  });

  it('refuses an oversized file, too many files, and a good file sent with a refused update', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(png());
    const oversized = await saveProjectAction(
      IDLE,
      form({ code: CODE, version: projectVersion(), note: 'evidence', evidence: new File([big], 'big.png') }),
    );
    expect(oversized.errors?.evidence).toEqual(['fileSize']);
    const many = Array.from({ length: 6 }, (_, i) => new File([png()], `p${i}.png`));
    const tooMany = await saveProjectAction(
      IDLE,
      form({ code: CODE, version: projectVersion(), note: 'evidence', evidence: many }),
    );
    expect(tooMany.errors?.evidence).toEqual(['tooManyFiles']);
    // The file is fine, the update is not: the stored file is removed again.
    const refused = await saveProjectAction(
      IDLE,
      form({
        code: CODE,
        version: projectVersion() + 5,
        note: 'evidence',
        cityCodes: [JINAN],
        evidence: new File([png()], 'p.png'),
      }),
    );
    expect(refused.status).toBe('conflict');
    expect(fs.readdirSync(evidenceDir)).toEqual([]);
    expect(db.select().from(t.attachments).all()).toEqual([]);
  });
});
