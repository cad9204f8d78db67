// Organisations change names; ids do not. The name in force at a day, else the latest one.
import { vietnamToday } from "../calendar";
export type NameRecord = { name: string; validFrom: Date; validTo: Date | null };

/** The select of an organisation's name history, for nameAt (one shape everywhere). */
export const NAME_HISTORY_SELECT = { select: { name: true, validFrom: true, validTo: true } } as const;

export function nameAt(names: readonly NameRecord[], date: Date = vietnamToday()): string {
  const sorted = [...names].sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime());
  const current = sorted.find((n) => n.validFrom <= date && (!n.validTo || n.validTo > date));
  return (current ?? sorted.at(-1))?.name ?? "";
}
