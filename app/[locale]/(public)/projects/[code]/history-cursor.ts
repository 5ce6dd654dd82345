// The `before` of a project page's address: the history entry whose older neighbours to show.
// Anything but a whole number above zero is refused, by name, and the newest entries are shown.
export function parseHistoryBefore(value: string | string[] | undefined): { before?: number; invalid: boolean } {
  if (value === undefined) return { invalid: false };
  const text = Array.isArray(value) ? value[0] : value;
  return /^[1-9]\d{0,15}$/.test(text) ? { before: Number(text), invalid: false } : { invalid: true };
}
