// The forecast table: rows arrive as figures from lib/forecast and are formatted here in tỷ đồng
// (whole đồng inside): recorded figures exact, estimates to two decimals; a plan not reported
// reads "chưa báo cáo", never 0.
import { getTranslations } from "next-intl/server";
import { formatAmount, formatPercentBp } from "@/lib/format";
import type { ForecastRow } from "@/lib/forecast/types";

const FLAGGED = new Set(["BELOW", "BELOW_EVEN_HIGH"]);

export async function ForecastTable({ caption, rows, sums = false }: { caption: string; rows: ForecastRow[]; sums?: boolean }) {
  const t = await getTranslations("forecast");
  const money = (v: bigint | null) => (v === null ? t("notReported") : formatAmount(v, "ty"));
  const estimate = (v: bigint) => formatAmount(v, "ty", 2);
  const cell = "py-1 pr-2 text-right tabular-nums";
  return (
    <table className="w-full rounded border border-slate-200 bg-white text-sm">
      <caption className="py-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b text-left text-slate-600">
          <th className="py-1 pr-2">{t("colUnit")}</th>
          <th className={cell}>{t("colPlan")}</th>
          <th className={cell}>{t("colExecuted")}</th>
          <th className={cell}>{t("colScheduled")}</th>
          <th className={cell}>{t("colLow")}</th>
          <th className={cell}>{t("colCentral")}</th>
          <th className={cell}>{t("colHigh")}</th>
          <th className={cell}>{t("colShare")}</th>
          <th className="py-1 pr-2">{t("colMethod")}</th>
          <th className="py-1">{t("colFlag")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key + r.label} data-flag={r.flag} className={`border-b ${FLAGGED.has(r.flag) ? "bg-red-50" : ""}`}>
            <td className="py-1 pr-2">{r.label}</td>
            <td className={cell}>{money(r.plan)}</td>
            <td className={cell}>{money(r.executed)}</td>
            <td className={cell}>{money(r.scheduledUnpaid)}</td>
            <td className={cell}>{r.method === "INSUFFICIENT" ? "—" : estimate(r.low)}</td>
            <td className={`${cell} font-medium`}>{r.method === "INSUFFICIENT" ? "—" : estimate(r.central)}</td>
            <td className={cell}>{r.method === "INSUFFICIENT" ? "—" : estimate(r.high)}</td>
            <td className={cell}>{formatPercentBp(r.shareBp, 1)}</td>
            <td className="py-1 pr-2">{r.method ? t(`method.${r.method}`, { years: r.historyYears.join(", ") }) : sums ? t("zoneSum") : "—"}</td>
            <td className="py-1">{t(`flag.${r.flag}`)}{sums && r.flaggedProvinces ? ` (${t("flaggedCount", { count: r.flaggedProvinces })})` : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
