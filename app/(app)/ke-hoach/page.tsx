import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { nextPlanYear } from "@/lib/calendar";
import { formatAmount, formatPercentBp } from "@/lib/format";
import { ratioBp } from "@/lib/money";
import { listPlans } from "@/lib/plans/plan-view";
import { creatablePlanLevel } from "@/lib/plans/policy";
import { CreatePlanForm } from "./_components/create-plan-form";

export default async function PlansPage() {
  const actor = await requireActor();
  const t = await getTranslations("plans");
  const plans = await listPlans(actor);
  const level = creatablePlanLevel(actor);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")}>{t("unit")}</PageHeader>
      {level ? <CreatePlanForm level={level} defaultYear={nextPlanYear()} /> : null}
      <DataTable
        emptyText={t("empty")}
        columns={[
          { key: "year", header: t("year") },
          { key: "level", header: t("levelLabel") },
          { key: "status", header: t("statusLabel") },
          { key: "version", header: t("versionLabel") },
          { key: "envelope", header: t("envelope"), align: "right" },
          { key: "total", header: t("total"), align: "right" },
          { key: "share", header: `${t("shareOfEnvelope")} (${t("ofEnvelope")})`, align: "right" },
        ]}
        rows={plans.map((p) => ({
          id: p.id,
          cells: {
            year: { text: String(p.year), href: `/ke-hoach/${p.id}`, sort: p.year },
            level: { text: p.level === "NATIONAL" ? t("level.NATIONAL") : `${t("level.PROVINCIAL")} – ${p.province ?? ""}` },
            status: { text: t(`status.${p.status}`) },
            version: { text: p.status === "DRAFT" ? "—" : p.versionNo === null ? t("notInForceToday") : String(p.versionNo), sort: p.versionNo ?? 0 },
            envelope: { text: formatAmount(p.envelope, "trieu"), sort: Number(p.envelope / 1_000_000n) },
            total: { text: p.total === null ? "–" : formatAmount(p.total, "trieu"), sort: Number((p.total ?? 0n) / 1_000_000n) },
            share: { text: p.total === null ? "–" : formatPercentBp(ratioBp(p.total, p.envelope)) },
          },
        }))}
      />
    </div>
  );
}
