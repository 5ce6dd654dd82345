import { z } from 'zod';

// The OC4IDS identifier prefix the Open Contracting Partnership assigns to a publisher: six
// lowercase letters or digits. Until this tracker's publisher has registered one, the export
// uses this placeholder, which says so in every identifier (oc4ids-xxxxxx-…).
export const PLACEHOLDER_OC4IDS_PREFIX = 'xxxxxx';

const prefixSchema = z
  .string()
  .regex(
    /^[a-z0-9]{6}$/,
    'OC4IDS_PREFIX must be the six lowercase letters or digits the Open Contracting Partnership assigned',
  );

export function oc4idsPrefix(value = process.env.OC4IDS_PREFIX): string {
  return value === undefined || value === '' ? PLACEHOLDER_OC4IDS_PREFIX : prefixSchema.parse(value);
}

export function oc4idsProjectId(prefix: string, code: string): string {
  return `oc4ids-${prefix}-${code}`;
}

// The licence the open data is published under, named in every package and on /data.
export const OPEN_DATA_LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};
