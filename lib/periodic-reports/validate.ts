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
import { formatDate, formatDateTime } from "../format";
import { findFallingCumulative, type FallingFinding, type ReportPoint } from "./falling";
import { describeFinding, REPORT_POINT_SELECT } from "./describe";
import { PERIOD_LABEL, periodCutOff } from "./periods";
import type { PeriodicReportRow } from "./schemas";
import type { RowIssue, RowKey } from "./types";

/** A row as read: parsed, or refused before it reached the database (zod or a file cell). */
export type Entry = { line: number; row: PeriodicReportRow | null; errors: RowIssue[] };

export type CheckedEntry = Entry & { key: RowKey | null; fundingSourceId: string | null; warnings: RowIssue[]; falling: FallingFinding[] };

const OUT_OF_REACH = "Tỉnh: không có tỉnh này, hoặc tỉnh nằm ngoài phạm vi của bạn.";

export async function checkEntries(tx: Tx, actor: Actor, entries: readonly Entry[]): Promise<CheckedEntry[]> {
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
        out.errors.push({ field: "province", message: `Tỉnh: ${error.message}` });
        return out;
      }
    }
    // Unknown and out-of-scope give the same answer (docs/decisions/002).
    if (!province || !coversProvince(actor, province.id)) return (out.errors.push({ field: "province", message: OUT_OF_REACH }), out);
    if (row.provinceCode && row.provinceId && province.code !== row.provinceCode) {
      return (out.errors.push({ field: "province", message: `Tỉnh: mã ${row.provinceCode} không phải mã của ${province.name} (${province.code}).` }), out);
    }
    if (!validAt(province, cutOffDate)) {
      const set = merger ? (cutOffDate < merger ? ` (danh sách 63 tỉnh đến ${formatDate(lastDayBefore(merger), true)})` : ` (danh sách 34 tỉnh từ ${formatDate(merger, true)})`) : "";
      const message = `Tỉnh: ${province.name} không có trong danh sách tỉnh tại ngày ${formatDate(cutOffDate, true)}${set}; kỳ ${PERIOD_LABEL[row.period]} năm ${row.year} phải báo cáo theo tỉnh đang có hiệu lực ngày đó.`;
      return (out.errors.push({ field: "province", message }), out);
    }
    const fundingSourceId = sourceId.get(row.source);
    if (!fundingSourceId) return (out.errors.push({ field: "source", message: `Nguồn kinh phí: chưa có nguồn ${row.source} trong danh mục.` }), out);
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
    const label = `kỳ ${PERIOD_LABEL[k.period]} năm ${k.year}, nguồn ${k.source === "KCDP" ? "KCĐP" : "KCQG"} của ${k.provinceName}`;
    const old = stored.get(s);
    if (old) c.errors.push({ field: "period", message: `Kỳ báo cáo: ${label} đã có báo cáo (gửi lúc ${formatDateTime(old.submittedAt)}); một kỳ chỉ có một báo cáo.` });
    else if (firstLine.has(s)) c.errors.push({ field: "period", message: `Kỳ báo cáo: ${label} trùng với dòng ${firstLine.get(s)} của cùng lần gửi.` });
    else firstLine.set(s, c.line);
  }

  // The flag: stored reports plus the accepted new rows, one series per province, year and source.
  const accepted = keyed.filter((c) => !c.errors.length);
  const newId = (c: CheckedEntry) => `new:${c.line}`;
  const points: ReportPoint[] = [
    ...existing,
    ...accepted.map((c) => ({ ...c.row!, id: newId(c), provinceId: c.key!.provinceId, fundingSourceId: c.fundingSourceId!, cutOffDate: c.key!.cutOffDate })),
  ];
  const flags = findFallingCumulative(points);
  const byId = new Map(accepted.map((c) => [newId(c), c]));
  for (const [id, findings] of flags) {
    const own = byId.get(id);
    if (own) {
      own.falling.push(...findings);
      own.warnings.push(...findings.map((f) => ({ field: f.field, message: describeFinding(f) })));
    }
    // A stored later period that is now lower than a new row: the new row is told so.
    for (const f of findings) {
      const earlier = byId.get(f.previousReportId);
      const later = points.find((p) => p.id === id)!;
      if (earlier && !own) earlier.warnings.push({ field: f.field, message: describeFinding(f, { laterPeriod: later.period }) });
    }
  }
  return checked;
}
