// The record keeps dates at the precision the source gave ('2021', '2021-10', '2021-10-20');
// OC4IDS wants full date-times. A start is the first moment of what was given, an end its last
// day, both in China Standard Time.
const OFFSET = '+08:00';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function startDateTime(date: string | null): string | undefined {
  if (!date) return undefined;
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}T00:00:00${OFFSET}`;
}

export function endDateTime(date: string | null): string | undefined {
  if (!date) return undefined;
  const [year, month, day] = date.split('-');
  if (day) return `${date}T23:59:59${OFFSET}`;
  if (month) return `${year}-${month}-${lastDayOfMonth(Number(year), Number(month))}T23:59:59${OFFSET}`;
  return `${year}-12-31T23:59:59${OFFSET}`;
}
