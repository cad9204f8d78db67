// The forecast table, on the shared data grid: rows arrive as figures from lib/forecast and are
// formatted here in tỷ đồng (whole đồng inside): recorded figures exact, estimates to two
// decimals; a plan or executed figure not reported reads "chưa báo cáo", never 0.
import { getTranslations } from "next-intl/server";
import { DataTable, type DataColumn, type DataRow } from "@/components/ui/data-table";
import { formatAmount, formatPercentBp } from "@/lib/format";
import type { ForecastRow } from "@/lib/forecast/types";

const COLUMNS = ["unit", "plan", "executed", "scheduled", "low", "central", "high", "share", "method", "flag"] as const;
const HEADER = {
  unit: "colUnit", plan: "colPlan", executed: "colExecuted", scheduled: "colScheduled", low: "colLow", central: "colCentral", high: "colHigh", share: "colShare", method: "colMethod", flag: "colFlag",
} as const satisfies Record<(typeof COLUMNS)[number], string>;
const FLAGGED = new Set(["BELOW", "BELOW_EVEN_HIGH", "BELOW_ACTUAL"]);

export async function ForecastTable({ title, rows, sums = false }: { title: string; rows: ForecastRow[]; sums?: boolean }) {
  const t = await getTranslations("forecast");
  const money = (v: bigint | null) => (v === null ? { text: t("notReported"), muted: true } : { text: formatAmount(v, "ty"), sort: Number(v) });
  const estimate = (r: ForecastRow, v: bigint) => (r.method === "INSUFFICIENT" || r.executed === null ? { text: "—", sort: -1 } : { text: formatAmount(v, "ty", 2), sort: Number(v) });
  const columns: DataColumn[] = COLUMNS.map((key) => ({ key, header: t(HEADER[key]), align: key === "unit" || key === "method" || key === "flag" ? "left" : "right" }));
  const data: DataRow[] = rows.map((r) => ({
    id: `${r.key}|${r.label}`,
    cells: {
      unit: { text: r.label },
      plan: money(r.plan),
      executed: money(r.executed),
      scheduled: money(r.scheduledUnpaid),
      // One estimate only: no range, so low and high read "–" rather than repeating the central.
      low: r.ranged ? estimate(r, r.low) : { text: "—", sort: -1 },
      central: estimate(r, r.central),
      high: r.ranged ? estimate(r, r.high) : { text: "—", sort: -1 },
      share: { text: formatPercentBp(r.shareBp, 1), sort: r.shareBp === null ? -1 : Number(r.shareBp) },
      method: { text: r.method ? [t(`method.${r.method}`, { years: r.historyYears.join(", ") }), r.method !== "ACTUAL" && r.method !== "INSUFFICIENT" && !r.ranged ? t("singleEstimate") : ""].filter(Boolean).join(" ") : sums ? t("zoneSum") : "—" },
      flag: { text: [t(`flag.${r.flag}`), r.scheduleAbovePlan ? t("scheduleAbovePlan") : "", sums && r.flaggedProvinces ? `(${t("flaggedCount", { count: r.flaggedProvinces })})` : "", sums && r.unforecast ? `(${t("unforecastCount", { count: r.unforecast })})` : ""].filter(Boolean).join(" "), muted: !FLAGGED.has(r.flag) },
    },
  }));
  return (
    <section className="space-y-2">
      <h2 className="font-semibold">{title}</h2>
      <DataTable columns={columns} rows={data} emptyText={t("none")} caption={t("unitCaption")} />
    </section>
  );
}
