// Nghiệm thu cơ sở of a đề án (issue #8 item 6): the acceptances with their minutes, the SCT's
// confirmation of force majeure, the outcome indicators, and the form for the forms this actor organises.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubjectFiles } from "@/components/attachments/subject-files";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { getAcceptancePage } from "@/lib/acceptance/queries";
import { requireActor } from "@/lib/auth/session";
import { formatAmount, formatDate, formatMoney } from "@/lib/format";
import { orNotFound } from "@/app/(app)/or-not-found";
import { AcceptanceForm } from "./_components/acceptance-form";
import { ConfirmForceMajeureButton } from "./_components/confirm-button";
import { OutcomeForm } from "./_components/outcome-form";
import { OutcomesTable } from "./_components/outcomes-table";

export default async function AcceptancePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { project, contract, acceptances, may } = await orNotFound(getAcceptancePage(actor, id));
  const t = await getTranslations("acceptance");
  const beneficiaries = project.beneficiaries.map((b) => ({ id: b.id, name: `${b.facility.name} (${b.facility.taxCode})` }));
  const state = (a: (typeof acceptances)[number]) => (!a.forceMajeure ? t("unlocks") : a.confirmedAt ? t("forceMajeureConfirmed") : t("forceMajeureWaiting"));
  return (
    <div className="space-y-6">
      <Link href={`/de-an/${id}`} className="text-sm text-blue-700 hover:underline">← {project.title}</Link>
      <PageHeader title={t("title", { code: project.code })} />
      <p className="text-sm">{contract ? t("contractLine", { kind: contract.kind, number: contract.number, value: formatMoney(contract.value, "trieu") }) : t("noContract")}</p>
      <DataTable
        caption={t("unitTrieu")}
        emptyText={t("none")}
        columns={[
          { key: "form", header: t("formKind") },
          { key: "date", header: t("acceptedOn") },
          { key: "organiser", header: t("organiser") },
          { key: "where", header: t("location") },
          { key: "support", header: t("supportValue"), align: "right" },
          { key: "counterpart", header: t("counterpartValue"), align: "right" },
          { key: "state", header: t("balance") },
          { key: "pdf", header: t("minutes") },
        ]}
        rows={acceptances.map((a) => ({
          id: a.id,
          cells: {
            form: { text: t(`form.${a.form}`) },
            date: { text: formatDate(a.acceptedOn, true), sort: a.acceptedOn.getTime() },
            organiser: { text: a.organiserName },
            where: { text: a.beneficiary?.facility.name ?? (a.location || "—") },
            support: { text: formatAmount(a.acceptedValue, "trieu") },
            counterpart: { text: formatAmount(a.counterpartValue, "trieu") },
            state: { text: state(a), muted: !a.unlocks },
            pdf: { text: t("downloadPdf"), href: `/de-an/${id}/nghiem-thu/${a.id}/bien-ban` },
          },
        }))}
      />
      {acceptances.filter((a) => a.forceMajeure).map((a) => (
        <div key={a.id} className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>{t("forceMajeureNote", { date: formatDate(a.acceptedOn, true), reason: a.forceMajeureReason })}</p>
          {a.confirmedAt ? <p className="text-emerald-700">{t("forceMajeureConfirmedOn", { date: formatDate(a.confirmedAt) })}</p> : may.confirm ? <ConfirmForceMajeureButton projectId={id} acceptanceId={a.id} /> : <p>{t("forceMajeureWaiting")}</p>}
        </div>
      ))}
      {acceptances.length ? (
        <section className="space-y-3">
          <h2 className="text-lg font-semibold">{t("files")}</h2>
          {acceptances.map((a) => (
            <div key={a.id} className="rounded border border-slate-200 bg-white p-3">
              <h3 className="text-sm font-medium">{t(`form.${a.form}`)} — {formatDate(a.acceptedOn, true)}</h3>
              <SubjectFiles projectId={id} subject="acceptance" subjectId={a.id} files={a.attachments} mayAttach={a.mayAttach} title={t("attach")} />
            </div>
          ))}
        </section>
      ) : null}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("outcomes")}</h2>
        {acceptances.map((a) => (
          <div key={a.id}>
            <h3 className="text-sm font-medium">{t(`form.${a.form}`)} — {formatDate(a.acceptedOn, true)}</h3>
            <OutcomesTable outcomes={a.outcomes} />
          </div>
        ))}
      </section>
      {may.outcomes && acceptances.length ? <OutcomeForm projectId={id} acceptances={acceptances.map((a) => ({ id: a.id, name: `${t(`form.${a.form}`)} — ${formatDate(a.acceptedOn, true)}` }))} beneficiaries={beneficiaries} /> : null}
      {may.forms.length && contract ? (
        <AcceptanceForm
          projectId={id}
          forms={may.forms}
          beneficiaries={beneficiaries}
          lines={project.budgetLines.map((l) => ({ id: l.id, label: `${l.lineNo}. ${l.item}`, planned: t("plannedLine", { quantity: l.quantity, unit: l.unit, support: formatAmount(l.supportAmount, "trieu"), counterpart: formatAmount(l.counterpartAmount, "trieu") }) }))}
        />
      ) : null}
    </div>
  );
}
