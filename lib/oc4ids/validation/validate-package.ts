import Ajv, { type ErrorObject } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { additionalChecks, type CheckFinding } from './additional-checks';
import { codelistCodes } from './codelists';
import { loadPackageSchema, loadProjectSchema } from './schemas';

// Validates OC4IDS project packages as the official validator does: the schema (draft-04, closed
// by lib/oc4ids/validation/schemas.ts), closed codelists enforced, values outside an open
// codelist reported, then the further checks.
export type ValidationReport = {
  errors: ErrorObject[];
  openCodelistValues: { path: string; codelist: string; value: string }[];
  findings: CheckFinding[];
};

type CodelistSchema = { codelist: string; openCodelist?: boolean };

// Filled by the codelist keyword while a package is validated: a keyword can only pass or fail, and
// a value outside an open codelist does neither, so it is noted here for the report.
let openValues: ValidationReport['openCodelistValues'] = [];

function buildValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'openCodelist', schemaType: 'boolean' });
  ajv.addKeyword({ keyword: 'versionId', schemaType: 'boolean' });
  ajv.addKeyword({
    keyword: 'codelist',
    schemaType: 'string',
    errors: true,
    validate: function check(
      codelist: string,
      data: unknown,
      parent?: CodelistSchema,
      context?: { instancePath: string },
    ) {
      const codes = codelistCodes(codelist);
      const values = Array.isArray(data) ? data : [data];
      const unknown = values.filter((v): v is string => typeof v === 'string' && !codes.has(v));
      if (unknown.length === 0) return true;
      if (parent?.openCodelist) {
        for (const value of unknown) openValues.push({ path: context?.instancePath ?? '', codelist, value });
        return true;
      }
      (check as unknown as { errors: Partial<ErrorObject>[] }).errors = unknown.map((value) => ({
        keyword: 'codelist',
        message: `"${value}" is not in the closed codelist ${codelist}`,
        params: { codelist, value },
      }));
      return false;
    },
  });
  ajv.addSchema(loadProjectSchema());
  return ajv.compile(loadPackageSchema());
}

let validator: ReturnType<typeof buildValidator> | undefined;

export function validatePackage(data: unknown): ValidationReport {
  validator ??= buildValidator();
  openValues = [];
  const valid = validator(data);
  return {
    errors: valid ? [] : [...(validator.errors ?? [])],
    openCodelistValues: openValues,
    findings: additionalChecks(data),
  };
}

// Everything a package of this app must not have, as lines a failing test prints: schema errors,
// values outside an open codelist (the mapping only uses listed codes) and findings of the checks.
export function packageProblems(data: unknown): string[] {
  const report = validatePackage(data);
  return [
    ...report.errors.map((e) => `${e.instancePath} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`),
    ...report.openCodelistValues.map((v) => `${v.path} "${v.value}" is not in ${v.codelist}`),
    ...report.findings.map((f) => `${f.check}: ${f.paths.join(', ')}`),
  ];
}
