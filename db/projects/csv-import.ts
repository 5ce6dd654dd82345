import { parse } from 'csv-parse/sync';
import { parseCsvCities, PROJECT_CSV_COLUMNS, unescapeCsvFormula } from './csv';

// A public export has no publication column; such a file imports without changing publication.
// Files exported before schedules had baselines import as before.
const OPTIONAL_COLUMNS: readonly string[] = [
  'publication',
  'baselineStart',
  'baselineEnd',
  'slippageDays',
  'scheduleReason',
];
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;

export type CsvProjectRow = { line: number; code: string; input: Record<string, unknown> };
export type CsvReadResult =
  | { rows: CsvProjectRow[]; error?: undefined }
  | { error: 'csvUnreadable' | 'csvColumns' | 'csvEmpty' | 'csvTooLarge'; detail?: string; rows?: undefined };

// Turns one CSV row into the input a project mutation validates; empty cells mean "empty".
function rowInput(cells: Record<string, string>): Record<string, unknown> {
  const record = Object.fromEntries(Object.entries(cells).map(([column, cell]) => [column, unescapeCsvFormula(cell)]));
  // Slippage is worked out from the dates, never written.
  const { cities, lastVerifiedAt, slippageDays: _derived, ...rest } = record;
  return {
    ...rest,
    cityCodes: parseCsvCities(cities),
    // The export may write a full timestamp; the record keeps the day it was verified.
    lastVerifiedAt: /^\d{4}-\d{2}-\d{2}T/.test(lastVerifiedAt) ? lastVerifiedAt.slice(0, 10) : lastVerifiedAt,
  };
}

export function readProjectCsv(text: string): CsvReadResult {
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) return { error: 'csvTooLarge' };
  let records: Record<string, string>[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (error) {
    return { error: 'csvUnreadable', detail: (error as Error).message };
  }
  if (records.length === 0) return { error: 'csvEmpty' };
  if (records.length > MAX_IMPORT_ROWS) return { error: 'csvTooLarge' };
  const header = Object.keys(records[0]);
  const missing = PROJECT_CSV_COLUMNS.filter((c) => !header.includes(c) && !OPTIONAL_COLUMNS.includes(c));
  const extra = header.filter((c) => !(PROJECT_CSV_COLUMNS as readonly string[]).includes(c));
  if (missing.length || extra.length)
    return { error: 'csvColumns', detail: [...missing.map((c) => `-${c}`), ...extra.map((c) => `+${c}`)].join(', ') };
  // Line 1 is the header, so the first record is on line 2.
  return { rows: records.map((record, i) => ({ line: i + 2, code: record.code, input: rowInput(record) })) };
}
