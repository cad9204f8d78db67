// Ngừng triển khai of a đề án (TT 36/2013 Điều 11.2.a): the decision with the refund due computed
// from what was disbursed and what was accepted, then the refunds recorded in the ledger until 0.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatMoney } from "@/lib/format";
import { getStopPage } from "@/lib/stops/queries";
import { orNotFound } from "@/app/(app)/or-not-found";
import { FieldsForm } from "../_closing/fields-form";
import { stopProjectAction } from "./actions";

export default async function StopPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { project, stop, preview, may } = await orNotFound(getStopPage(actor, id));
  const t = await getTranslations("stop");
  const m = (v: bigint) => formatMoney(v, "trieu");
  return (
    <div className="space-y-6">
      <Link href={`/de-an/${id}`} className="text-sm text-blue-700 hover:underline">← {project.title}</Link>
      <PageHeader title={t("title", { code: project.code })} />
      {stop ? (
        <section className="space-y-1 rounded border border-slate-200 bg-white p-4 text-sm">
          <p>{t("decision", { ref: stop.decisionRef, date: formatDate(stop.stoppedOn, true) })}</p>
          <p>{t("reason", { reason: stop.reason })}</p>
          <p>{t("figures", { disbursed: m(stop.disbursedAtStop), accepted: m(stop.acceptedAtStop), due: m(stop.refundDue) })}</p>
          <p className="font-medium">{t("progress", { refunded: m(stop.refunded), remaining: m(stop.remaining) })}</p>
          {stop.remaining === 0n ? <p className="text-emerald-700">{t("repaid")}</p> : <p className="text-amber-800">{t("recordRefunds")}</p>}
        </section>
      ) : (
        <p className="text-sm">{t("preview", { disbursed: m(preview.disbursed), accepted: m(preview.accepted), due: m(preview.refundDue) })}</p>
      )}
      {may.stop ? (
        <FieldsForm title={t("formTitle")} action={stopProjectAction} fixed={{ projectId: id }} success={t("stopped")} submits={[{ label: t("submit") }]}
          fields={[{ name: "stoppedOn", label: t("stoppedOn"), type: "date" }, { name: "decisionRef", label: t("decisionRef") }, { name: "reason", label: t("reasonLabel"), type: "textarea" }]} />
      ) : null}
    </div>
  );
}
