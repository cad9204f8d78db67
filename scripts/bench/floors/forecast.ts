// The year-end forecast (/bao-cao/du-bao, lib/forecast buildForecast) against its floor: its reads
// by hand-written SQL — the report floor by province (plan, executed, which provinces' KCĐP is a
// periodic report), the unpaid payment-schedule items due by 31/12 per province (the ledger spread
// over the items in order, by a window sum; capped at what each contract can still pay), and five
// years of monthly curves from LedgerMonthTotal — then the same pure model (lib/forecast/model.ts,
// microseconds) on them. Checked province by province: plan, executed, unpaid schedule, low,
// central and high. Basis "recorded", as the other report rows.
import type pg from "pg";
import type { Actor } from "../../../lib/auth/actor";
import { forecastYearEnd, type YearCurve } from "../../../lib/forecast/model";
import type { ForecastView } from "../../../lib/forecast/types";
import type { ReportQuery } from "../../../lib/reports/types";
import { benchQuery, floorSql, periodOf, REPORT_BUDGET_MS, type BenchRow, type FloorLine, type Median } from "../../bench-reports";

const HISTORY_YEARS = 5;
const NONE = "_none";

const scheduledSql = `
  WITH c AS (
    SELECT c.id, c.value, COALESCE(p."provinceId"::text, '${NONE}') AS prov
      FROM "Contract" c JOIN "Project" p ON p.id = c."projectId" JOIN "FundingSource" fs ON fs.id = p."fundingSourceId" LEFT JOIN "Contract" par ON par.id = c."parentId"
     WHERE c.status = 'SIGNED' AND p."planYear" <= $1 AND p."endYear" >= $1 AND fs.code IN ('KCQG', 'KCDP')
       AND (c.kind <> 'SUPPORT_CONTRACT' OR par.kind = 'TASK_ASSIGNMENT')
       AND NOT (fs.code = 'KCDP' AND p."provinceId" = ANY($4::uuid[]))
       AND EXISTS (SELECT 1 FROM "PaymentScheduleItem" s WHERE s."contractId" = c.id AND s."dueOn" <= $2::date)),
  sums AS (
    SELECT e."contractId" AS id,
           COALESCE(SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END) FILTER (WHERE e.kind = 'ADVANCE'), 0) AS advanced,
           COALESCE(SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END) FILTER (WHERE e.kind = 'PAYMENT'), 0) AS paid,
           COALESCE(SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END) FILTER (WHERE e.kind = 'REFUND'), 0) AS refunded
      FROM "LedgerEntry" e WHERE e."contractId" IN (SELECT id FROM c) AND e."occurredOn" <= $3::date GROUP BY 1),
  items AS (
    SELECT s."contractId" AS id, s.kind, s.amount, s."dueOn",
           COALESCE(SUM(s.amount) OVER (PARTITION BY s."contractId", s.kind ORDER BY s.seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
      FROM "PaymentScheduleItem" s WHERE s."contractId" IN (SELECT id FROM c)),
  owed AS (
    SELECT c.prov, c.value, COALESCE(x.advanced + x.paid - x.refunded, 0) AS disbursed,
           COALESCE(SUM(GREATEST(0, i.amount - GREATEST(0, CASE WHEN i.kind = 'ADVANCE' THEN COALESCE(x.advanced, 0) ELSE COALESCE(x.paid, 0) END - i.before))) FILTER (WHERE i."dueOn" <= $2::date), 0) AS remaining
      FROM c JOIN items i ON i.id = c.id LEFT JOIN sums x ON x.id = c.id GROUP BY c.id, c.prov, c.value, x.advanced, x.paid, x.refunded)
  SELECT prov, SUM(CASE WHEN value - disbursed <= 0 OR remaining <= 0 THEN 0 ELSE LEAST(remaining, value - disbursed) END)::bigint AS owed FROM owed GROUP BY 1`;

// Every kind's row counts as a year of history (a year of settlements only is a curve of zeros).
const historySql = `
  SELECT COALESCE(t."provinceId"::text, '${NONE}') AS prov, t.year, t.month,
         SUM(CASE t.kind WHEN 'ADVANCE' THEN t.amount WHEN 'PAYMENT' THEN t.amount WHEN 'REFUND' THEN -t.amount ELSE 0 END)::bigint AS disbursed
    FROM "LedgerMonthTotal" t JOIN "FundingSource" fs ON fs.id = t."fundingSourceId"
   WHERE t.year = t."planYear" AND t.year BETWEEN $1 - ${HISTORY_YEARS} AND $1 - 1 AND t.programme AND fs.code IN ('KCQG', 'KCDP')
     AND NOT (fs.code = 'KCDP' AND t."provinceId" = ANY($2::uuid[]))
   GROUP BY 1, 2, 3`;

type FloorForecast = { key: string; plan: bigint; executed: bigint | null; scheduledUnpaid: bigint; low: bigint; central: bigint; high: bigint };

async function forecastFloor(raw: pg.Client, year: number): Promise<FloorForecast[]> {
  const period = periodOf(year);
  const lines = (await raw.query<FloorLine>(floorSql({ by: "province" }, period))).rows;
  const periodic = lines.filter((l) => l.periodic && l.key).map((l) => l.key!);
  const scheduled = new Map((await raw.query<{ prov: string; owed: string }>(scheduledSql, [year, `${year}-12-31`, period.cut, periodic])).rows.map((r) => [r.prov, BigInt(r.owed)]));
  const history = new Map<string, Map<number, bigint[]>>();
  for (const r of (await raw.query<{ prov: string; year: number; month: number; disbursed: string }>(historySql, [year, periodic])).rows) {
    const byYear = history.get(r.prov) ?? new Map<number, bigint[]>();
    const months = byYear.get(r.year) ?? Array.from({ length: 12 }, () => 0n);
    months[r.month - 1]! += BigInt(r.disbursed);
    byYear.set(r.year, months);
    history.set(r.prov, byYear);
  }
  const curves = (key: string): YearCurve[] => [...(history.get(key) ?? new Map<number, bigint[]>())].sort(([a], [b]) => a - b).map(([y, monthly]) => ({ year: y, monthly }));
  return lines.flatMap((l): FloorForecast[] => {
    const key = l.key ?? NONE;
    const plan = BigInt(l.plan ?? 0);
    const executed = l.executed === null ? null : BigInt(l.executed);
    const scheduledUnpaid = scheduled.get(key) ?? 0n;
    if (plan <= 0n && (executed ?? 0n) <= 0n && scheduledUnpaid <= 0n) return [];
    const f = executed === null && scheduledUnpaid === 0n
      ? { low: 0n, central: 0n, high: 0n }
      : forecastYearEnd({ year, cutOffMonth: 9, cutOffDay: 30, executed: executed ?? 0n, scheduledUnpaid, history: executed === null ? [] : curves(key) });
    return [{ key, plan, executed, scheduledUnpaid, low: f.low, central: f.central, high: f.high }];
  });
}

/** Throws unless every province row of the forecast is the floor's (and the floor has no other). */
function checkForecast(name: string, floor: FloorForecast[], view: ForecastView): void {
  if (floor.length !== view.provinces.length) throw new Error(`Sàn SQL không khớp "${name}": ${floor.length} / ${view.provinces.length} tỉnh`);
  const byKey = new Map(floor.map((f) => [f.key, f]));
  for (const row of view.provinces) {
    const f = byKey.get(row.key);
    const core = [row.plan ?? 0n, row.executed, row.scheduledUnpaid, row.low, row.central, row.high];
    const ours = f && [f.plan, f.executed, f.scheduledUnpaid, f.low, f.central, f.high];
    if (!ours || ours.some((v, i) => v !== core[i])) throw new Error(`Sàn SQL không khớp "${name}" ở tỉnh ${row.label}: kế hoạch, thực hiện, lịch chưa trả, thấp, giữa, cao ${ours?.join(" ") ?? "—"} / ${core.join(" ")}`);
  }
}

export async function forecastRow(raw: pg.Client, actor: Actor, median: Median, buildForecast: (actor: Actor, query: ReportQuery, thresholdBp: number) => Promise<ForecastView>, thresholdBp: number, year: number): Promise<BenchRow> {
  const name = `Dự báo cuối năm theo tỉnh, ${year} tại 30/9`;
  const q = benchQuery(year, "province", {});
  const view = await buildForecast(actor, q, thresholdBp);
  const floor = await forecastFloor(raw, year);
  checkForecast(name, floor, view);
  console.log(`${name}: ${floor.length} tỉnh, sàn SQL + mô hình = dự báo (khớp; giữa toàn quốc ${view.total.central})`);
  return { name, p50: await median(15, () => buildForecast(actor, q, thresholdBp)), floor: await median(15, () => forecastFloor(raw, year)), budgetMs: REPORT_BUDGET_MS.national };
}
