import { dateTimeFormat } from './date-time-format';

// Dates in the record are partial ISO strings ('2021', '2021-10', '2021-10-20'). They are
// shown with the precision they have: a year-only date is never dressed up as 1 January.
export type DatePrecision = 'year' | 'month' | 'day';

export type PartialDateParts = {
  precision: DatePrecision;
  year: number;
  month: number;
  day: number;
  monthName: string;
};

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

export function partialDateParts(value: string, locale: string): PartialDateParts | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const precision: DatePrecision = day ? 'day' : month ? 'month' : 'year';
  const monthName = month
    ? dateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(Number(year), Number(month) - 1, 1))
    : '';
  return { precision, year: Number(year), month: Number(month ?? 0), day: Number(day ?? 0), monthName };
}

// The message key under dashboard.timeline that names a date of this precision.
export const DATE_MESSAGE: Record<DatePrecision, 'yearOnly' | 'monthOnly' | 'day'> = {
  year: 'yearOnly',
  month: 'monthOnly',
  day: 'day',
};
