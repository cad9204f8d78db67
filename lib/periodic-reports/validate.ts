import "server-only";
// Judges the rows of one submission against the database, inside the submission's transaction:
// the province (known, in force at the period's cut-off, in the actor's scope), duplicated periods
// (already stored, or twice in the same submission), and the falling-cumulative flag.
import type { Actor } from "../auth/actor";
import { lastDayBefore, mergerDateOf, validAt } from "../admin-units/basis";
import { loadGeography } from "../admin-units/load";
import { provinceByCode } from "../admin-units/lookup";
import { coversProvince } from "../admin-units/scope";
import type { Tx } from "../db/client";
import { isDomainError } from "../errors";
import { vietnamToday } from "../calendar";
import { formatDate, formatDateTime } from "../format";
import { findFallingCumulative, type FallingFinding, type ReportPoint } from "./falling";
import { describeFinding, REPORT_POINT_SELECT } from "./describe";
import { message, verbatim } from "../i18n/messages";
import { reason, rowIssue } from "./issues";
import { periodCutOff } from "./periods";
import type { PeriodicReportRow } from "./schemas";
import type { RowIssue, RowKey, RowRead } from "./types";
import { supersededNotes } from "./superseded";

/** A row as read: parsed, or refused before it reached the database (zod or a file cell). */
export type Entry = { line: number; row: PeriodicReportRow | null; errors: RowIssue[]; read?: RowRead };

export type CheckedEntry = Entry & { key: RowKey | null; fundingSourceId: string | null; warnings: RowIssue[]; falling: FallingFinding[] };


export async function checkEntries(tx: Tx, actor: Actor, entries: readonly Entry[], now?: Date): Promise<CheckedEntry[]> {
  const today = vietnamToday(now);
  const geography = await loadGeography(tx);
  const merger = mergerDateOf(geography.successions);
  const sources = await tx.fundingSource.findMany({ where: { code: { in: ["KCQG", "KCDP"] } }, select: { id: true, code: true } });
  const sourceId = new Map(sources.map((s) => [s.code, s.id]));

  const checked: CheckedEntry[] = entries.map((e) => {
    const out: CheckedEntry = { ...e, errors: [...e.errors], key: null, fundingSourceId: null, warnings: [], falling: [] };
    const row = e.row;
    if (!row || out.errors.length) return out;
    const cutOffDate = periodCutOff(row.year, row.period);
    let province = row.provinceId ? geography.provinces.find((p) => p.id === row.provinceId) : undefined;
    if (!row.provinceId && row.provinceCode) {
      try {
        province = provinceByCode(geography.provinces, row.provinceCode, cutOffDate);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        out.errors.push(rowIssue("province", message(error.key, error.params)));
        return out;
      }
    }
    // Unknown and out-of-scope give the same answer (docs/decisions/002).
    if (!province || !coversProvince(actor, province.id)) return (out.errors.push(rowIssue("province", reason("outOfReach"))), out);
    out.read = { province: province.name, period: row.period, source: row.source };
    if (row.provinceCode && row.provinceId && province.code !== row.provinceCode) {
      return (out.errors.push(rowIssue("province", reason("codeMismatch", { code: row.provinceCode, name: province.name, actual: province.code }))), out);
    }
    if (!validAt(province, cutOffDate)) {
      const set = merger ? (cutOffDate < merger ? reason("setBefore", { date: formatDate(lastDayBefore(merger), true) }) : reason("setFrom", { date: formatDate(merger, true) })) : "";
      const why = reason("notInForce", { name: province.name, date: formatDate(cutOffDate, true), set, period: message(`periodicReports.periodInText.${row.period}`), year: String(row.year) });
      return (out.errors.push(rowIssue("province", why)), out);
    }
    // Cumulative figures "to the end of the period" before that end are not the period's figures.
    if (cutOffDate.getTime() > today.getTime()) {
      const why = reason("periodNotEnded", { period: message(`periodicReports.periodInText.${row.period}`), year: String(row.year), cutOff: formatDate(cutOffDate, true), today: formatDate(today, true) });
      return (out.errors.push(rowIssue("period", why)), out);
    }
    const fundingSourceId = sourceId.get(row.source);
    if (!fundingSourceId) return (out.errors.push(rowIssue("source", reason("sourceUnknown", { code: row.source }))), out);
    out.key = { provinceId: province.id, provinceName: province.name, year: row.year, period: row.period, source: row.source, cutOffDate };
    out.fundingSourceId = fundingSourceId;
    return out;
  });

  const keyed = checked.filter((c) => c.key && !c.errors.length);
  const existing = keyed.length
    ? await tx.provincialReport.findMany({
        where: { provinceId: { in: [...new Set(keyed.map((c) => c.key!.provinceId))] }, year: { in: [...new Set(keyed.map((c) => c.key!.year))] } },
        select: { ...REPORT_POINT_SELECT, submittedAt: true },
      })
    : [];
  const slot = (provinceId: string, year: number, period: string, fundingSourceId: string) => `${provinceId}|${year}|${period}|${fundingSourceId}`;
  const stored = new Map(existing.map((r) => [slot(r.provinceId, r.year, r.period, r.fundingSourceId), r]));
  const firstLine = new Map<string, number>();
  for (const c of keyed) {
    const k = c.key!;
    const s = slot(k.provinceId, k.year, k.period, c.fundingSourceId!);
    const label = reason("slot", { period: message(`periodicReports.periodInText.${k.period}`), year: String(k.year), source: k.source === "KCDP" ? "KCĐP" : "KCQG", province: k.provinceName });
    const old = stored.get(s);
    if (old) c.errors.push(rowIssue("period", reason("alreadyStored", { slot: label, at: formatDateTime(old.submittedAt) })));
    else if (firstLine.has(s)) c.errors.push(rowIssue("period", reason("repeated", { slot: label, line: String(firstLine.get(s)) })));
    else firstLine.set(s, c.line);
  }

  // The flag: stored reports plus the accepted new rows, one series per province, year and source.
  const accepted = keyed.filter((c) => !c.errors.length);
  const newId = (c: CheckedEntry) => `new:${c.line}`;
  const points: ReportPoint[] = [
    ...existing,
    ...accepted.map((c) => ({ ...c.row!, id: newId(c), provinceId: c.key!.provinceId, fundingSourceId: c.fundingSourceId!, cutOffDate: c.key!.cutOffDate })),
  ];
  // Stored, but not what the reports read: the core's precedence (lib/reports/precedence.ts).
  const notes = await supersededNotes(tx, accepted.map((c) => c.key!));
  accepted.forEach((c, i) => {
    const note = notes[i];
    if (note) c.warnings.push(rowIssue(null, note));
  });
  const flags = findFallingCumulative(points);
  const byId = new Map(accepted.map((c) => [newId(c), c]));
  for (const [id, findings] of flags) {
    const own = byId.get(id);
    if (own) {
      own.falling.push(...findings);
      own.warnings.push(...findings.map((f) => ({ field: f.field, message: describeFinding(f), ref: verbatim(describeFinding(f)) })));
    }
    // A stored later period that is now lower than a new row: the new row is told so.
    for (const f of findings) {
      const earlier = byId.get(f.previousReportId);
      const later = points.find((p) => p.id === id)!;
      if (earlier && !own) {
        const text = describeFinding(f, { laterPeriod: later.period });
        earlier.warnings.push({ field: f.field, message: text, ref: verbatim(text) });
      }
    }
  }
  return checked;
}
