// Free periodic-report slots (province × year × period × source, unique in ProvincialReport): the
// API refuses a period already reported (409), so each write of the run takes a slot of its own,
// with a province in force at the period's cut-off and a period already ended.
import type pg from "pg";
import { isValidOn, vietnamToday, yearOf } from "../../../lib/calendar";
import type { Db } from "../../../lib/db/client";
import { periodCutOff, SUBMITTABLE_PERIODS } from "../../../lib/periodic-reports/periods";

export type PeriodicSlot = { provinceId: string; year: number; period: (typeof SUBMITTABLE_PERIODS)[number]; source: "KCQG" | "KCDP" };

export async function freePeriodicSlots(client: Db): Promise<PeriodicSlot[]> {
  const today = vietnamToday();
  const provinces = await client.province.findMany({ select: { id: true, validFrom: true, validTo: true }, orderBy: { code: "asc" } });
  const sources = await client.fundingSource.findMany({ where: { code: { in: ["KCQG", "KCDP"] } }, select: { id: true, code: true } });
  const taken = new Set((await client.provincialReport.findMany({ select: { provinceId: true, year: true, period: true, fundingSourceId: true } })).map((r) => `${r.provinceId}|${r.year}|${r.period}|${r.fundingSourceId}`));
  const slots: PeriodicSlot[] = [];
  for (let year = 2019; year <= yearOf(today); year++) {
    for (const period of SUBMITTABLE_PERIODS) {
      const cutOff = periodCutOff(year, period);
      if (cutOff > today) continue;
      for (const p of provinces) {
        if (!isValidOn(p, cutOff)) continue;
        for (const s of sources) if (!taken.has(`${p.id}|${year}|${period}|${s.id}`)) slots.push({ provinceId: p.id, year, period, source: s.code as PeriodicSlot["source"] });
      }
    }
  }
  return slots;
}

/** The note every report of the run carries, so the check counts exactly them. */
export const LOAD_REPORT_NOTE = "Kiểm thử tải";

export async function loadReportCount(raw: pg.Client): Promise<number> {
  const { rows } = await raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ProvincialReport" WHERE note = $1 AND channel = 'API'`, [LOAD_REPORT_NOTE]);
  return rows[0]!.n;
}
