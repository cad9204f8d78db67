import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatPercentBp } from "@/lib/format";
import { ratioPercent, reportAmount } from "@/lib/reports/display";
import { PERCENT_BINS, type MapCell } from "@/lib/reports/map";
import type { MapSet } from "@/lib/reports/map-tiles";
import type { Basis } from "@/lib/admin-units/basis";
import type { ReportLine } from "@/lib/reports/types";
import { TileGridMap, type TileView } from "./tile-grid-map";

type T = Awaited<ReturnType<typeof getTranslations>>;

function stateText(t: T, cell: MapCell): string {
  if (cell.state.kind === "outOfScope") return t("map.outOfScope");
  if (cell.state.kind === "noPlan") return t("map.noPlan");
  if (cell.state.kind === "notReported") return t("notReported");
  const l = cell.line!;
  return t("map.tilePercent", { percent: formatPercentBp(cell.state.bp), executed: reportAmount(l.current.executed) ?? "", plan: reportAmount(l.current.planAdjusted) ?? "" });
}

function binLabels(t: T): string[] {
  return PERCENT_BINS.map((b) => {
    const from = formatPercentBp(b.fromBp, 0);
    return b.toBp === null ? t("map.binFrom", { from }) : b.fromBp === 0 ? t("map.binBelow", { to: formatPercentBp(b.toBp, 0) }) : t("map.binRange", { from, to: formatPercentBp(b.toBp, 0) });
  });
}

/** The map of % of plan by province on the 63 or the 34, its legend, and the same figures as a table. */
export async function ReportMap({ set, basis, cells, unplaced }: { set: MapSet; basis: Basis; cells: readonly MapCell[]; unplaced: readonly ReportLine[] }) {
  const t = await getTranslations("reportPages");
  const tiles: TileView[] = cells.map((c) => ({ ...c, title: `${c.name}: ${stateText(t, c)}` }));
  return (
    <section aria-labelledby="report-map-title" data-testid="report-map" data-set={set} className="min-w-0 space-y-2">
      <h2 id="report-map-title" className="text-lg font-semibold">{t("map.title", { set })}</h2>
      <p className="text-xs text-slate-600">{basis === "recorded" ? t("map.recordedShows", { set }) : t("map.basisShows", { set })} {t("map.percentOf")}</p>
      <TileGridMap tiles={tiles} label={t("map.title", { set })} legend={{ bins: binLabels(t), notReported: t("notReported"), noPlan: t("map.noPlan"), outOfScope: t("map.outOfScope") }} />
      {unplaced.length ? (
        <p className="text-xs text-amber-800" data-testid="report-map-unplaced">{t("map.unplaced", { set, names: unplaced.map((l) => l.label).join(", ") })}</p>
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-700">{t("map.asTable")}</summary>
        <div className="overflow-x-auto">
        <table className="mt-2 min-w-full text-sm" data-testid="report-map-table">
          <caption className="text-left text-xs text-slate-500">{t("map.title", { set })} · {t("unit")}</caption>
          <thead>
            <tr>
              <th scope="col" className="px-2 py-1 text-left">{t("field.province")}</th>
              <th scope="col" className="px-2 py-1 text-right">{t("col.plan")}</th>
              <th scope="col" className="px-2 py-1 text-right">{t("col.executed")}</th>
              <th scope="col" className="px-2 py-1 text-right">{t("col.percentOfPlan")}</th>
            </tr>
          </thead>
          <tbody>
            {cells.filter((c) => c.state.kind !== "outOfScope").map((c) => (
              <tr key={c.code} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-1 text-left font-normal">{c.href ? <Link href={c.href} className="text-blue-700 hover:underline">{c.name}</Link> : c.name}</th>
                <td className="px-2 py-1 text-right tabular-nums">{c.state.kind === "noPlan" ? t("map.noPlan") : reportAmount(c.line?.current.planAdjusted ?? null)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{c.line ? (reportAmount(c.line.current.executed) ?? t("notReported")) : "–"}</td>
                <td className="px-2 py-1 text-right tabular-nums">{c.line ? (ratioPercent(c.line.percentOfPlan) ?? "–") : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </details>
    </section>
  );
}
