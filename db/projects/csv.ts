import { stringify } from 'csv-stringify/sync';
import type { Category, Health, Stage, PublicationState, ScheduleReason } from '@/lib/enums';

// The one CSV layout for projects: the dashboard export writes it and the staff import reads
// it, so a file exported, edited in Excel and imported again means the same thing both ways.

export const PROJECT_CSV_COLUMNS = [
  'code',
  'nameZh',
  'nameEn',
  'category',
  'stage',
  'health',
  'progress',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'baselineStart',
  'baselineEnd',
  'slippageDays',
  'scheduleReason',
  'cities',
  'lastVerifiedAt',
  'publication',
] as const;
export type ProjectCsvColumn = (typeof PROJECT_CSV_COLUMNS)[number];

// City codes in one cell; '|' because a comma would fight the CSV separator in Excel.
export const CITY_SEPARATOR = '|';

// Publication is staff business; public readers get every column but that one.
export function projectCsvColumns(internal: boolean): ProjectCsvColumn[] {
  return PROJECT_CSV_COLUMNS.filter((c) => internal || c !== 'publication');
}

export type ProjectExportSource = {
  code: string;
  nameZh: string;
  nameEn: string;
  category: Category;
  stage: Stage;
  health: Health | null;
  progress: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  slippageDays: number | null;
  scheduleReason: ScheduleReason | null;
  lastVerifiedAt: string | null;
  publication: PublicationState;
  cityCodes: string[];
};

export type ProjectExportRecord = {
  code: string;
  nameZh: string;
  nameEn: string;
  category: Category;
  stage: Stage;
  health: Health | null;
  progress: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  // Days past the baseline end (lib/schedule/slippage.ts); derived, so an import ignores it.
  slippageDays: number | null;
  // The latest reason given for a move; an import gives it with a moved forecast end.
  scheduleReason: ScheduleReason | null;
  cities: string[];
  lastVerifiedAt: string | null;
  publication?: PublicationState;
};

// The exported facts of one project, read through the project's public view when the reader is
// the public (db/projects/public-view.ts); publication is a column for staff only.
export function toProjectExportRecord(p: ProjectExportSource, internal: boolean): ProjectExportRecord {
  const record: ProjectExportRecord = {
    code: p.code,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    category: p.category,
    stage: p.stage,
    health: p.health,
    progress: p.progress,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    actualStart: p.actualStart,
    actualEnd: p.actualEnd,
    baselineStart: p.baselineStart,
    baselineEnd: p.baselineEnd,
    slippageDays: p.slippageDays,
    scheduleReason: p.scheduleReason,
    cities: [...p.cityCodes].sort(),
    lastVerifiedAt: p.lastVerifiedAt,
  };
  if (internal) record.publication = p.publication;
  return record;
}

// One CSV row in PROJECT_CSV_COLUMNS order; an unknown value is an empty cell, never "null".
export function toProjectCsvRow(record: ProjectExportRecord, columns: readonly ProjectCsvColumn[]): string[] {
  return columns.map((column) => {
    const value = record[column];
    if (Array.isArray(value)) return value.join(CITY_SEPARATOR);
    return value === null || value === undefined ? '' : String(value);
  });
}

// Excel, LibreOffice and Sheets run a cell that starts with =, +, -, @, tab or CR (or their
// full-width forms) as a formula, so a project named "=HYPERLINK(…)" in a public export would act
// in the reader's spreadsheet. csv-stringify's escape_formulas writes such a cell with a leading
// apostrophe. A cell that already starts with apostrophes before one of them gets one more too,
// so the import can take one apostrophe off every cell that starts that way and read back the
// exported values exactly.
const FORMULA_START = '[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]';
const APOSTROPHES_BEFORE_FORMULA = new RegExp(`^'+${FORMULA_START}`);
const ESCAPED_FORMULA = new RegExp(`^'(?='*${FORMULA_START})`);

export function stringifyProjectCsv(rows: string[][], header?: readonly ProjectCsvColumn[]): string {
  return stringify(rows, {
    escape_formulas: true,
    cast: { string: (value) => (APOSTROPHES_BEFORE_FORMULA.test(value) ? `'${value}` : value) },
    ...(header ? { header: true, columns: [...header], bom: true } : {}),
  });
}

export function unescapeCsvFormula(cell: string): string {
  return cell.replace(ESCAPED_FORMULA, '');
}

export function parseCsvCities(cell: string): string[] {
  return cell
    .split(CITY_SEPARATOR)
    .map((c) => c.trim())
    .filter(Boolean);
}
