import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { canAddNormVersion } from "@/lib/norms/policy";
import { requireActor } from "@/lib/auth/session";
import { formatAmount, formatDate, formatPercentBp } from "@/lib/format";
import { listNorms } from "@/lib/norms/queries";
import { provincesInForce } from "@/lib/admin-units/queries";
import { NormVersionForm } from "./norm-version-form";

export default async function NormsPage() {
  const actor = await requireActor();
  const t = await getTranslations();
  const [norms, provinces] = await Promise.all([listNorms(), canAddNormVersion(actor) ? provincesInForce() : null]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("norms.title")}>{t("norms.note")}</PageHeader>
      {provinces ? <NormVersionForm provinces={provinces} /> : null}
      <DataTable
        emptyText={t("common.noResults")}
        columns={[
          { key: "code", header: t("norms.code") }, { key: "source", header: t("norms.source") }, { key: "costItem", header: t("norms.costItem") },
          { key: "rate", header: t("norms.rate"), align: "right" }, { key: "cap", header: t("norms.cap"), align: "right" }, { key: "severity", header: t("norms.severity") },
          { key: "basis", header: t("norms.basis") }, { key: "validity", header: t("norms.validity") },
        ]}
        rows={norms.map((n) => ({
          id: n.id,
          cells: {
            code: { text: n.code },
            source: { text: `${t(`fundingSource.${n.source}` as "fundingSource.KCQG")} · ${n.province ?? t("norms.national")}` },
            costItem: { text: `${n.content ? n.content + " · " : ""}${n.costItem}${n.cumulativePerFacility ? ` (${t("norms.cumulative")})` : ""}` },
            rate: { text: n.maxRateBp === null ? "—" : formatPercentBp(n.maxRateBp, 1) },
            cap: { text: n.capAmount === null ? "—" : formatAmount(n.capAmount, "trieu") },
            severity: { text: `${t(`norms.${n.severity}` as "norms.HARD")} · ${t(`norms.${n.status}` as "norms.CONFIRMED")}` },
            basis: { text: n.legalBasis },
            validity: { text: `${formatDate(n.validFrom, true)}${n.validTo ? " – " + formatDate(n.validTo, true) : ""}`, muted: Boolean(n.validTo) },
          },
        }))}
      />
    </div>
  );
}
