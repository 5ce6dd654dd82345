// The official OC4IDS validator's further checks (open-contracting/lib-cove-oc4ids), restated:
// what a schema cannot say but a reader of the data relies on. Each finding names the JSON
// pointers it is about.
export type CheckFinding = { check: string; paths: string[] };

type Json = unknown;

function* walk(value: Json, pointer = ''): Generator<[string, Json]> {
  yield [pointer, value];
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* walk(item, `${pointer}/${i}`);
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) yield* walk(item, `${pointer}/${key}`);
}

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

// A field that is present must say something: no blank strings, no empty objects or lists.
export function emptyValues(data: Json): string[] {
  const empty = (v: Json) =>
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) ? v.length === 0 : isObject(v) && Object.keys(v).length === 0);
  return [...walk(data)].filter(([, v]) => empty(v)).map(([p]) => p);
}

// An amount means nothing without its currency.
export function amountsWithoutCurrency(data: Json): string[] {
  return [...walk(data)]
    .filter(([, v]) => isObject(v) && typeof v.amount === 'number' && !('currency' in v))
    .map(([p]) => p);
}

// Where the standard refers to an organization by id, inside a project.
const ORGANIZATION_REFERENCE =
  /^\/projects\/(\d+)\/(publicAuthority|budget\/budgetBreakdowns\/\d+\/budgetBreakdown\/\d+\/sourceParty|contractingProcesses\/\d+\/summary\/(tender\/(tenderers\/\d+|procuringEntity|administrativeEntity)|suppliers\/\d+))\/id$/;

// Every organization a project refers to is one of its parties.
export function unresolvedOrganizationReferences(data: Json): string[] {
  const projects = isObject(data) && Array.isArray(data.projects) ? data.projects : [];
  const partyIds = projects.map(
    (p) =>
      new Set(
        isObject(p) && Array.isArray(p.parties)
          ? p.parties.map((party) => (isObject(party) ? party.id : undefined))
          : [],
      ),
  );
  return [...walk(data)]
    .filter(([p, v]) => {
      const match = ORGANIZATION_REFERENCE.exec(p);
      return match !== null && !partyIds[Number(match[1])]?.has(v);
    })
    .map(([p]) => p);
}

// A project identifier starts with oc4ids-, then the publisher's six-character prefix.
export function malformedProjectIds(data: Json): string[] {
  const projects = isObject(data) && Array.isArray(data.projects) ? data.projects : [];
  return projects.flatMap((p, i) =>
    isObject(p) && typeof p.id === 'string' && !/^oc4ids-[a-z0-9]{6}-./.test(p.id) ? [`/projects/${i}/id`] : [],
  );
}

// A package holds each project once.
export function repeatedProjectIds(data: Json): string[] {
  const projects = isObject(data) && Array.isArray(data.projects) ? data.projects : [];
  const seen = new Set<unknown>();
  return projects.flatMap((p, i) => {
    const id = isObject(p) ? p.id : undefined;
    if (seen.has(id)) return [`/projects/${i}/id`];
    seen.add(id);
    return [];
  });
}

export function additionalChecks(data: Json): CheckFinding[] {
  const checks: [string, (d: Json) => string[]][] = [
    ['missing-values', emptyValues],
    ['missing-currency', amountsWithoutCurrency],
    ['missing-org-refs', unresolvedOrganizationReferences],
    ['invalid-project-ids', malformedProjectIds],
    ['repeated-project-ids', repeatedProjectIds],
  ];
  return checks.map(([check, run]) => ({ check, paths: run(data) })).filter((f) => f.paths.length > 0);
}
