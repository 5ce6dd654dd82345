import fs from 'node:fs';
import path from 'node:path';

// The vendored OC4IDS 0.9.5 schemas with the tracker's extension merged in (as OCDS tools merge
// an extension: a JSON merge patch), then closed: every object admits only the fields the
// standard or the extension names, so a misspelled or invented field fails validation.
export const SCHEMA_DIR = path.resolve(import.meta.dirname, '../schema/0.9.5');
const EXTENSION_DIR = path.resolve(import.meta.dirname, '../extension');

type Json = Record<string, unknown>;

const readJson = (dir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Json;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergePatch(target: Json, patch: Json): Json {
  const merged: Json = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = isObject(value) && isObject(merged[key]) ? mergePatch(merged[key] as Json, value) : value;
  }
  return merged;
}

function close(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(close);
  if (!isObject(schema)) return schema;
  const closed = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, close(v)]));
  if (isObject(schema.properties) && !('additionalProperties' in schema)) closed.additionalProperties = false;
  return closed;
}

export function loadProjectSchema(): Json {
  const merged = mergePatch(
    readJson(SCHEMA_DIR, 'project-schema.json'),
    readJson(EXTENSION_DIR, 'project-schema.json'),
  );
  return close(merged) as Json;
}

export function loadPackageSchema(): Json {
  return close(readJson(SCHEMA_DIR, 'project-package-schema.json')) as Json;
}
