// Stored dates are ISO strings, some partial ('2021-10'); a timestamp shows as its day.
export function formatDay(value: string | null | undefined): string | null {
  if (!value) return null;
  return value.length > 10 ? value.slice(0, 10) : value;
}

export function formatMoment(value: string): string {
  return value.replace('T', ' ').slice(0, 16);
}
