import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { Actor } from "@/lib/auth/actor";
import { nationalYearFigures } from "@/lib/dashboard/figures";
import { formatAmount, formatInteger, formatPercentBp } from "@/lib/format";
import { ratioBp } from "@/lib/money";

/** The home page's national figures by plan year, streamed after the page's first byte; nothing for a scoped reader. */
export async function NationalFigures({ actor, years }: { actor: Actor; years: number[] }) {
  const [t, national] = await Promise.all([getTranslations(), nationalYearFigures(actor, years)]);
  if (!national) return null;
  return (
    <section data-testid="national-figures">
      <h2 className="mb-1 text-lg font-semibold">{t("home.nationalTitle")}</h2>
      <p className="mb-2 text-xs text-slate-500">{t("home.nationalNote")} {t("home.unit")}.</p>
      <DataTable
        emptyText={t("common.noResults")}
        caption={t("home.unit")}
        columns={[
          { key: "year", header: t("home.year") },
          { key: "planned", header: t("home.planned"), align: "right" },
          { key: "projects", header: t("home.projectCount"), align: "right" },
          { key: "provinces", header: t("home.provinceCount"), align: "right" },
          { key: "allocated", header: t("home.allocated"), align: "right" },
          { key: "allocatedShare", header: t("home.allocatedShare"), align: "right" },
          { key: "disbursed", header: t("home.disbursed"), align: "right" },
          { key: "disbursedShare", header: t("home.disbursedShare"), align: "right" },
        ]}
        rows={national.map((f) => ({
          id: String(f.year),
          cells: {
            year: { text: String(f.year) },
            planned: { text: f.planVersionNo === null ? t("home.noPlanInForce") : formatAmount(f.planned, "ty"), sort: Number(f.planned / 1_000_000n) },
            projects: { text: formatInteger(f.projectCount), sort: f.projectCount },
            provinces: { text: formatInteger(f.provinceCount), sort: f.provinceCount },
            allocated: { text: formatAmount(f.allocated, "ty"), sort: Number(f.allocated / 1_000_000n) },
            allocatedShare: { text: f.planVersionNo === null ? "–" : formatPercentBp(ratioBp(f.allocated, f.planned)) },
            disbursed: { text: formatAmount(f.disbursed, "ty"), sort: Number(f.disbursed / 1_000_000n) },
            disbursedShare: { text: f.planVersionNo === null ? "–" : formatPercentBp(ratioBp(f.disbursed, f.planned)) },
          },
        }))}
      />
    </section>
  );
}
