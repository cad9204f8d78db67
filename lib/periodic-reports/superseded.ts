import "server-only";
// A periodic report the leadership reports do not read: KCQG is always taken from the detailed
// records, and KCĐP too where the province has an issued provincial KCĐP plan (the core's rule,
// lib/reports/precedence.ts). Such a report is stored, and the sender is told so plainly.
import { asCalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import type { MessageRef } from "../i18n/messages";
import { kcdpFromRecords } from "../reports/precedence";
import { reason } from "./issues";

export type SlotOf = { provinceId: string; year: number; source: string; cutOffDate: Date };

/** Per slot (same order), the note saying the reports use the detailed records instead, or null. */
export async function supersededNotes(tx: Tx, slots: readonly SlotOf[]): Promise<(MessageRef | null)[]> {
  const cache = new Map<string, Promise<(provinceId: string) => boolean>>();
  const recordsOf = (year: number, cutOff: Date) => {
    const k = `${year}|${cutOff.getTime()}`;
    if (!cache.has(k)) cache.set(k, kcdpFromRecords(tx, year, asCalendarDay(cutOff)));
    return cache.get(k)!;
  };
  const out: (MessageRef | null)[] = [];
  // Sequential: one transaction's connection.
  for (const s of slots) {
    if (s.source === "KCQG") out.push(reason("supersededKcqg", { year: String(s.year) }));
    else if (s.source === "KCDP" && (await recordsOf(s.year, s.cutOffDate))(s.provinceId)) out.push(reason("supersededKcdp", { year: String(s.year) }));
    else out.push(null);
  }
  return out;
}
