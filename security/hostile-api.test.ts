import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as index } from '@/app/api/v1/route';
import { GET as agreements } from '@/app/api/v1/agreements/route';
import { GET as cities } from '@/app/api/v1/cities/route';
import { GET as events } from '@/app/api/v1/events/route';
import { GET as indicators } from '@/app/api/v1/indicators/route';
import { GET as organizations } from '@/app/api/v1/organizations/route';
import { GET as plans } from '@/app/api/v1/plans/route';
import { GET as listProjects, POST } from '@/app/api/v1/projects/route';
import { GET as getProject, PATCH } from '@/app/api/v1/projects/[code]/route';
import { POST as batchPost } from '@/app/api/v1/projects/batch/route';
import { GET as exportProjects } from '@/app/dashboard/export/route';
import { GET as evidence } from '@/app/evidence/[id]/route';
import type { TrackerDb } from '@/db/core/connection';
import { insertTestActors, JINAN } from '@/db/accounts/test-actors';
import * as t from '@/db/core/schema';
import { hashToken } from '@/lib/auth/session-token';
import { MAX_JSON_BYTES } from '@/lib/validation/api-request';
import { expectUnchangedAfterEach } from '@/lib/test/db-snapshot';
import {
  anyJson,
  hostileString,
  invalidField,
  notAString,
  refusedText,
  type FieldKind,
} from '@/lib/test/hostile-values';
import { installTestDatabase } from '@/lib/test/test-database';
import { CATEGORIES, HEALTHS, PUBLICATION_STATES, STAGES } from '@/lib/enums';

// Thousands of invalid and hostile requests at every route handler, called directly: each is
// answered 4xx with a message a script can act on (naming the field or parameter), never 5xx
// or an exception, and the database is exactly as before.

vi.setConfig({ testTimeout: 60_000 });

vi.mock('next/cache', () => import('@/lib/test/next-server-stubs'));
vi.mock('next/headers', () => import('@/lib/test/request-context'));

const CODE = 'RAIL-HUANGTAI-CONNECTING-LINE';
const ORIGIN = 'http://localhost';
const RUNS = 150;

const PROJECT_FIELDS: Record<string, FieldKind> = {
  nameZh: { kind: 'requiredText', max: 200 },
  nameEn: { kind: 'optionalText', max: 200 },
  descriptionZh: { kind: 'optionalText', max: 4000 },
  descriptionEn: { kind: 'optionalText', max: 4000 },
  internalNote: { kind: 'optionalText', max: 4000 },
  sourceQuote: { kind: 'optionalText', max: 4000 },
  category: { kind: 'enum', values: CATEGORIES },
  stage: { kind: 'enum', values: STAGES },
  health: { kind: 'enum', values: HEALTHS },
  publication: { kind: 'enum', values: PUBLICATION_STATES },
  healthInternal: { kind: 'boolean' },
  progress: { kind: 'progress' },
  plannedStart: { kind: 'partialDate' },
  plannedEnd: { kind: 'partialDate' },
  actualStart: { kind: 'partialDate' },
  actualEnd: { kind: 'partialDate' },
  lastVerifiedAt: { kind: 'day' },
  cityCodes: { kind: 'cities' },
};
const NEW_PROJECT = {
  code: 'ROAD-HOSTILE-NEW',
  nameZh: '新道路',
  category: 'road',
  stage: 'preparation',
  cityCodes: [JINAN],
};

let db: TrackerDb;
let auth: Record<string, string>;
let version: number;

beforeEach(async () => {
  db = installTestDatabase({ seed: true });
  const { admin } = insertTestActors(db);
  db.insert(t.apiTokens)
    .values({ tokenHash: hashToken('admin-token'), userId: admin.id, label: 'test' })
    .run();
  auth = { authorization: 'Bearer admin-token' };
  const res = await getProject(new Request(`${ORIGIN}/api/v1/projects/${CODE}`), {
    params: Promise.resolve({ code: CODE }),
  });
  version = Number(res.headers.get('etag')!.replaceAll('"', ''));
});

type Body = string | ReadableStream<Uint8Array>;

function write(method: 'PATCH' | 'POST', body: Body, headers: Record<string, string>, code = CODE): Promise<Response> {
  const url = method === 'POST' ? `${ORIGIN}/api/v1/projects` : `${ORIGIN}/api/v1/projects/${encodeURIComponent(code)}`;
  const request = new Request(url, {
    method,
    body,
    headers: { 'content-type': 'application/json', ...headers },
    duplex: 'half',
  } as RequestInit);
  return method === 'POST' ? POST(request) : PATCH(request, { params: Promise.resolve({ code }) });
}

// A body over the limit is refused as too large before anything reads its fields.
const tooLarge = new WeakSet<Response>();
async function sent(body: unknown, send: (text: string) => Promise<Response>) {
  const text = JSON.stringify(body);
  const res = await send(text);
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) tooLarge.add(res);
  return res;
}
const patch = (body: unknown, headers: Record<string, string> = {}) =>
  sent(body, (text) => write('PATCH', text, { ...auth, 'if-match': `"${version}"`, ...headers }));
const post = (body: unknown, headers: Record<string, string> = {}) =>
  sent(body, (text) => write('POST', text, { ...auth, ...headers }));

// A 4xx in the API's error shape, with a message of some substance.
async function refusal(res: Response, expected: number) {
  const status = tooLarge.has(res) ? 413 : expected;
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body.error.status).toBe(status);
  expect(body.error.message).toMatch(/^\S.{15,}/);
  return body.error as { status: number; message: string; fields?: Record<string, string[]>; param?: string };
}

// Each field error is an English sentence, not a key or a stack.
function expectFieldNamed(error: { status?: number; fields?: Record<string, string[]> }, field: string) {
  if (error.status === 413) return;
  expect(error.fields?.[field], `no error for ${field}: ${JSON.stringify(error.fields)}`).toBeDefined();
  for (const sentence of error.fields![field]) expect(sentence).toMatch(/^[A-Z].*[.:]$/);
}

async function unchangedAfterEach<T>(arbitrary: fc.Arbitrary<T>, run: (value: T) => Promise<void>, numRuns = RUNS) {
  await expectUnchangedAfterEach(db, arbitrary, run, numRuns);
}

describe('PATCH /api/v1/projects/{code}', () => {
  it('refuses an invalid value in any field with 400 naming that field', async () => {
    await unchangedAfterEach(
      invalidField(PROJECT_FIELDS),
      async ([field, value]) => {
        expectFieldNamed(await refusal(await patch({ [field]: value, note: 'hostile input' }), 400), field);
      },
      400,
    );
  });

  it('refuses unknown fields, whatever they are called', async () => {
    const unknownKey = fc
      .oneof(
        hostileString,
        fc.constantFrom('__proto__', 'constructor', 'id', 'version', 'code', 'deletedAt', 'geometry'),
      )
      .filter((k) => !(k in PROJECT_FIELDS) && k !== 'note');
    await unchangedAfterEach(fc.tuple(unknownKey, anyJson), async ([key, value]) => {
      const body = JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value ?? null)},"progress":50,"note":"x"}`);
      const error = await refusal(await patch(body), 400);
      if (error.status !== 413) expect(error.fields?.[key]).toEqual(['This field cannot be set.']);
    });
  });

  it('refuses a missing, empty, wrong-typed or hostile note', async () => {
    const note = fc.oneof(fc.constant(undefined), fc.constantFrom('', '   ', null), notAString, refusedText(2000));
    await unchangedAfterEach(note, async (value) => {
      expectFieldNamed(await refusal(await patch({ progress: 50, note: value }), 400), 'note');
    });
  });

  it('refuses bodies that are not one JSON object with 400', async () => {
    const notAnObject = fc
      .oneof(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc
          .jsonValue()
          .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
          .map((v) => JSON.stringify(v)),
        fc
          .json()
          .map((text) => text.slice(0, Math.max(1, text.length - 1)))
          .filter((text) => {
            try {
              JSON.parse(text);
              return false;
            } catch {
              return true;
            }
          }),
      )
      .filter((text) => {
        try {
          const v = JSON.parse(text);
          return typeof v !== 'object' || v === null || Array.isArray(v);
        } catch {
          return true;
        }
      });
    await unchangedAfterEach(notAnObject, async (text) => {
      const error = await refusal(await write('PATCH', text, { ...auth, 'if-match': `"${version}"` }), 400);
      expect(error.message).toMatch(/JSON/);
    });
  });

  it('refuses any content type but JSON with 415', async () => {
    const type = fc.oneof(
      fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'text/html',
        'application/xml',
        'json',
        '',
      ),
      fc.stringMatching(/^[a-z]{1,10}\/[a-z.+-]{1,12}$/).filter((v) => !/^application\/([\w.+-]+\+)?json\b/.test(v)),
    );
    await unchangedAfterEach(
      type,
      async (contentType) => {
        const error = await refusal(
          await write('PATCH', JSON.stringify({ progress: 50, note: 'x' }), {
            ...auth,
            'if-match': `"${version}"`,
            'content-type': contentType,
          }),
          415,
        );
        expect(error.message).toMatch(/Content-Type: application\/json/);
      },
      60,
    );
  });

  it('refuses bodies over 64 KB with 413, declared or streamed without a length', async () => {
    const size = fc.integer({ min: 64 * 1024 + 1, max: 4 * 1024 * 1024 });
    await unchangedAfterEach(
      fc.tuple(size, fc.boolean()),
      async ([bytes, streamed]) => {
        const text = JSON.stringify({ progress: 50, note: 'x'.repeat(bytes) });
        const chunk = new TextEncoder().encode(text);
        const body: Body = streamed
          ? new ReadableStream({
              start(c) {
                for (let i = 0; i < chunk.length; i += 65536) c.enqueue(chunk.subarray(i, i + 65536));
                c.close();
              },
            })
          : text;
        const error = await refusal(await write('PATCH', body, { ...auth, 'if-match': `"${version}"` }), 413);
        expect(error.message).toMatch(/at most 65536 bytes/);
      },
      20,
    );
  });

  it('refuses a malformed If-Match with 400 and a missing one with 428', async () => {
    const header = fc.stringMatching(/^[ -~]{0,30}$/).filter((v) => !/^\s*(W\/)?"\d+"\s*$/.test(v));
    await unchangedAfterEach(
      header,
      async (ifMatch) => {
        const error = await refusal(await patch({ progress: 50, note: 'x' }, { 'if-match': ifMatch }), 400);
        expect(error.message).toMatch(/If-Match/);
      },
      60,
    );
    await refusal(await write('PATCH', JSON.stringify({ progress: 50, note: 'x' }), auth), 428);
  });

  it('refuses forged or garbled credentials with 401', async () => {
    const credentials = fc
      .oneof(
        fc.stringMatching(/^[!-~]{1,80}$/).map((token) => ({ authorization: `Bearer ${token}` })),
        fc.stringMatching(/^[ -~]{1,60}$/).map((value) => ({ authorization: value })),
        fc.constant({}),
      )
      .filter((h) => h.authorization !== 'Bearer admin-token');
    await unchangedAfterEach(
      credentials,
      async (headers) => {
        const request = new Request(`${ORIGIN}/api/v1/projects/${CODE}`, {
          method: 'PATCH',
          body: JSON.stringify({ progress: 50, note: 'x' }),
          headers: { 'content-type': 'application/json', 'if-match': `"${version}"`, ...headers },
        });
        const error = await refusal(await PATCH(request, { params: Promise.resolve({ code: CODE }) }), 401);
        expect(error.message).toMatch(/Bearer/);
      },
      80,
    );
  });

  it('answers 404 for any code that is no project', async () => {
    await unchangedAfterEach(
      hostileString.filter((c) => c.length < 300),
      async (code) => {
        const res = await write(
          'PATCH',
          JSON.stringify({ progress: 50, note: 'x' }),
          { ...auth, 'if-match': '"1"' },
          code,
        );
        expect(res.status).toBe(404);
      },
      80,
    );
  });
});

describe('POST /api/v1/projects', () => {
  it('refuses a new project with any invalid field, naming it', async () => {
    const fields: Record<string, FieldKind> = {
      ...PROJECT_FIELDS,
      code: { kind: 'code' },
      cityCodes: { kind: 'cities' },
    };
    await unchangedAfterEach(
      invalidField(fields),
      async ([field, value]) => {
        expectFieldNamed(await refusal(await post({ ...NEW_PROJECT, [field]: value }), 400), field);
      },
      300,
    );
  });

  it('refuses a new project without a required field, or with an invalid note', async () => {
    const missing = fc.constantFrom('code', 'nameZh', 'category', 'stage', 'cityCodes');
    await unchangedAfterEach(
      missing,
      async (field) => {
        const { [field as keyof typeof NEW_PROJECT]: _left, ...rest } = NEW_PROJECT;
        expectFieldNamed(await refusal(await post(rest), 400), field);
      },
      20,
    );
    await unchangedAfterEach(
      fc.oneof(notAString, refusedText(2000)),
      async (note) => {
        expectFieldNamed(await refusal(await post({ ...NEW_PROJECT, note }), 400), 'note');
      },
      60,
    );
  });
});

describe('POST /api/v1/projects/batch', () => {
  const batch = async (body: unknown) =>
    batchPost(
      new Request(`${ORIGIN}/api/v1/projects/batch`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...auth },
      }),
    );
  const update = (fields: Record<string, unknown>) => ({ code: CODE, version, fields, note: 'hostile input' });
  const notAnObject = anyJson.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v));

  it("refuses an invalid value in any field of an update, naming the field in that update's answer", async () => {
    await unchangedAfterEach(invalidField(PROJECT_FIELDS), async ([field, value]) => {
      const res = await batch({ atomic: true, updates: [update({ [field]: value })] });
      expect(res.status).toBe(409);
      const { error } = await res.json();
      expect(error.results[0].status).toBe(400);
      expectFieldNamed(error.results[0].body.error, field);
    });
  });

  it('refuses a batch of the wrong shape with 400 naming where the problem is', async () => {
    const good = update({ progress: 50 });
    const malformed: fc.Arbitrary<[unknown, RegExp]> = fc.oneof(
      anyJson.filter((v) => !Array.isArray(v)).map((updates) => [{ updates }, /^updates must be an array/]),
      notAnObject.map((item) => [{ updates: [good, item] }, /^updates\[1\] must be an object/]),
      notAString.map((code) => [{ updates: [{ ...good, code }] }, /^updates\[0\]\.code /]),
      anyJson
        .filter((v) => !Number.isSafeInteger(v) || (v as number) < 0)
        .map((v) => [{ updates: [{ ...good, version: v }] }, /^updates\[0\]\.version /]),
      notAnObject.map((fields) => [{ updates: [{ ...good, fields }] }, /^updates\[0\]\.fields must be an object/]),
      anyJson.filter((v) => typeof v !== 'boolean').map((atomic) => [{ atomic, updates: [good] }, /^atomic must be/]),
      hostileString
        .filter((key) => !['code', 'version', 'fields', 'note'].includes(key))
        .map((key) => [{ updates: [{ ...good, [key]: 1 }] }, /^updates\[0\] has an unknown key/]),
    );
    await unchangedAfterEach(malformed, async ([body, problem]) => {
      const error = await refusal(await batch(body), 400);
      expect(error.message).toMatch(problem);
    });
  });
});

describe('GET routes', () => {
  const query = fc.dictionary(
    fc.oneof(
      fc.constantFrom('category', 'stage', 'status', 'health', 'city', 'q', 'limit', 'cursor', 'format'),
      hostileString.filter((k) => k.length < 50),
    ),
    hostileString.filter((v) => v.length < 500),
    { maxKeys: 4 },
  );
  const url = (path: string, params: Record<string, string>) => {
    const u = new URL(path, ORIGIN);
    for (const [k, v] of Object.entries(params)) u.searchParams.append(k, v);
    return u;
  };

  it('answer 200 or a 400 naming the parameter, whatever the query', async () => {
    await unchangedAfterEach(
      query,
      async (params) => {
        for (const handler of [listProjects, exportProjects]) {
          const res = await handler(
            new NextRequest(url(handler === listProjects ? '/api/v1/projects' : '/dashboard/export', params)),
          );
          expect([200, 400]).toContain(res.status);
          if (res.status === 400) {
            const error = (await res.json()).error;
            expect(Object.keys(params)).toContain(error.param);
            expect(error.message).toContain(`"${error.param}"`);
          } else await res.arrayBuffer();
        }
        expect(index().status).toBe(200);
        const lists = { agreements, cities, events, indicators, organizations, plans };
        for (const [name, handler] of Object.entries(lists)) {
          const res = await handler(new Request(url(`/api/v1/${name}`, params)));
          expect([200, 400]).toContain(res.status);
          if (res.status === 400) expect(Object.keys(params)).toContain((await res.json()).error.param);
          else await res.arrayBuffer();
        }
      },
      120,
    );
  });

  it('answer 404 for any project code or evidence id that does not exist', async () => {
    await unchangedAfterEach(
      hostileString.filter((c) => c.length < 300),
      async (id) => {
        const project = await getProject(new Request(`${ORIGIN}/api/v1/projects/x`), {
          params: Promise.resolve({ code: id }),
        });
        expect(project.status).toBe(404);
        expect((await project.json()).error.message).toMatch(/No published project/);
        expect((await evidence(new Request(`${ORIGIN}/evidence/x`), { params: Promise.resolve({ id }) })).status).toBe(
          404,
        );
      },
      120,
    );
  });
});
