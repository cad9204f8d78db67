// A day as people type it here: dd/mm/yyyy, whatever the browser's language. Pure and import-free
// so that client components (components/forms/date-input.tsx) can use it.

/** "dd/mm/yyyy" (also d/m/yyyy, with "-" or "." separators) → "yyyy-mm-dd", or null if no such day. */
export function typedDayToIso(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "yyyy-mm-dd" → "dd/mm/yyyy"; anything else is returned unchanged (so a half-typed value stays). */
export function isoToTypedDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
