// Quyết toán và thanh lý of a đề án (issue #8 item 7): the money on the main contract, the dossier
// due N days after the last acceptance, the decision, the Mẫu 7/8a/8b sheets, the liquidation
// (Mẫu 6) and the Mẫu 10 reconciliation due by a day of the next year (dated configuration).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatMoney } from "@/lib/format";
import { getSettlementPage } from "@/lib/settlement/queries";
import { orNotFound } from "@/app/(app)/or-not-found";
import { DeadlineLine } from "../_closing/deadline-line";
import { FieldsForm } from "../_closing/fields-form";
import { decideSettlementAction, recordLiquidationAction, submitSettlementAction } from "./actions";

export default async function SettlementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const page = await orNotFound(getSettlementPage(actor, id));
  const { project, contract, accepted, settlement, liquidation, money, deadlines, may } = page;
  const t = await getTranslations("settlement");
  const m = (v: bigint) => formatMoney(v, "trieu");
  const facts: [string, string][] = [
    [t("contract"), contract ? `${contract.number} — ${m(contract.value)}` : t("noContract")],
    [t("accepted"), `${m(accepted.acceptedValue)} (${t("counterpart")}: ${m(accepted.counterpartValue)})`],
    [t("lastAcceptance"), accepted.lastAcceptedOn ? formatDate(accepted.lastAcceptedOn, true) : "—"],
  ];
  if (money) {
    facts.push([t("advanced"), m(money.advanced)], [t("paid"), m(money.paid)], [t("settled"), m(money.settled)], [t("refunded"), m(money.refunded)], [t("outstanding"), m(money.outstandingAdvance)]);
  }
  return (
    <div className="space-y-6">
      <Link href={`/de-an/${id}`} className="text-sm text-blue-700 hover:underline">← {project.title}</Link>
      <PageHeader title={t("title", { code: project.code })} />
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 rounded border border-slate-200 bg-white p-4 text-sm md:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label} className="flex gap-2"><dt className="w-56 shrink-0 text-slate-500">{label}</dt><dd className="font-medium">{value}</dd></div>
        ))}
      </dl>
      <section>
        <h2 className="mb-1 text-lg font-semibold">{t("deadlines")}</h2>
        <ul className="space-y-1">
          <DeadlineLine label={t("dossierDue")} due={deadlines.dossier} />
          <DeadlineLine label={t("liquidationDue")} due={deadlines.liquidation} />
          <DeadlineLine label={t("reconciliationDue")} due={deadlines.reconciliation} />
        </ul>
      </section>
      <section className="text-sm">
        <h2 className="mb-1 text-lg font-semibold">{t("dossier")}</h2>
        {settlement ? (
          <p>{t("dossierLine", { status: t(`status.${settlement.status}`), amount: m(settlement.settledAmount), counterpart: m(settlement.counterpartAmount), submittedOn: formatDate(settlement.submittedOn, true) })}{settlement.decidedOn ? ` ${t("decidedOn", { date: formatDate(settlement.decidedOn, true) })}` : ""}{settlement.note ? ` — ${settlement.note}` : ""}</p>
        ) : <p className="text-slate-500">{t("noDossier")}</p>}
        {may.export ? (
          <p className="mt-2 flex gap-4">
            <a className="text-blue-700 hover:underline" href={`/de-an/${id}/quyet-toan/mau-7`}>{t("mau7")}</a>
            <a className="text-blue-700 hover:underline" href={`/de-an/${id}/quyet-toan/mau-8a`}>{t("mau8a")}</a>
            {may.export8b ? <a className="text-blue-700 hover:underline" href={`/de-an/${id}/quyet-toan/mau-8b`}>{t("mau8b")}</a> : null}
          </p>
        ) : null}
      </section>
      {may.submit ? (
        <FieldsForm title={t("submitTitle")} action={submitSettlementAction} fixed={{ projectId: id }} success={t("submitted")} submits={[{ label: t("submit") }]}
          fields={[{ name: "settledAmount", label: t("settledAmount"), hint: t("settledHint", { accepted: m(accepted.acceptedValue) }) }, { name: "counterpartAmount", label: t("counterpartAmount") }, { name: "note", label: t("note"), type: "textarea" }]} />
      ) : null}
      {may.decide ? (
        <FieldsForm title={t("decideTitle")} action={decideSettlementAction} fixed={{ projectId: id }} success={t("decided")} fields={[{ name: "note", label: t("note"), type: "textarea" }]}
          submits={[{ label: t("approve"), values: { decision: "APPROVE" } }, { label: t("return"), values: { decision: "RETURN" }, tone: "secondary" }]} />
      ) : null}
      {liquidation ? (
        <p className="text-sm">
          {t("liquidationLine", { date: formatDate(liquidation.liquidatedOn, true), ref: liquidation.minutesRef, settled: m(liquidation.settledAmount), refund: m(liquidation.refundAmount) })}{" "}
          <a className="text-blue-700 hover:underline" href={`/de-an/${id}/quyet-toan/mau-6`}>{t("mau6")}</a>
        </p>
      ) : null}
      {may.liquidate ? (
        <FieldsForm title={t("liquidateTitle")} action={recordLiquidationAction} fixed={{ projectId: id }} success={t("liquidated")} submits={[{ label: t("liquidate") }]}
          fields={[{ name: "liquidatedOn", label: t("liquidatedOn"), type: "date" }, { name: "minutesRef", label: t("minutesRef") }]} />
      ) : null}
    </div>
  );
}
