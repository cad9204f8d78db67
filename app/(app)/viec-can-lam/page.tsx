// The work list (việc cần làm, issue #8 item 8): what waits on the actor, each item linked to the
// page where it is done. Centres first; the SCT and the Cục see what is theirs in their scope.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { asCalendarDay } from "@/lib/calendar";
import { formatDate, formatMoney } from "@/lib/format";
import { getWorklist } from "@/lib/worklist/queries";
import { canReadWorklist } from "@/lib/worklist/policy";

type Capped = { items: readonly unknown[]; total: number };

function Block({ title, list, empty, more, testId, children }: { title: string; list: Capped; empty: string; more: string; testId: string; children: ReactNode }) {
  return (
    <section className="rounded border border-slate-200 bg-white p-4" data-testid={testId}>
      <h2 className="mb-2 font-semibold">{title} <span className="text-sm font-normal text-slate-500">({list.total})</span></h2>
      {list.total === 0 ? <p className="text-sm text-slate-500">{empty}</p> : <ul className="space-y-1 text-sm">{children}</ul>}
      {list.total > list.items.length ? <p className="mt-2 text-xs text-slate-500">{more}</p> : null}
    </section>
  );
}

const day = (d: Date | null) => (d ? formatDate(asCalendarDay(d), true) : "—");
const month = (d: Date) => formatDate(asCalendarDay(d), true).slice(3);

export default async function WorklistPage() {
  const actor = await requireActor();
  if (!canReadWorklist(actor)) notFound();
  const t = await getTranslations("worklist");
  const w = await getWorklist(actor);
  const link = (href: string, text: string) => <Link className="text-blue-700 underline" href={href}>{text}</Link>;
  const block = (testId: string, title: string, list: Capped, children: ReactNode) => (
    <Block testId={testId} title={title} list={list} empty={t("empty")} more={t("more", { shown: list.items.length, total: list.total })}>{children}</Block>
  );
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")}>{t("intro")}</PageHeader>
      {block("worklist-actions", t("actions.title"), w.actions, w.actions.items.map((a) => (
        <li key={`${a.kind}-${a.contract.contractId}-${a.seq ?? ""}`}>
          {link(a.href, t(`actions.${a.kind}`, { number: a.contract.number, amount: a.amount === null ? "—" : formatMoney(a.amount, "trieu"), due: day(a.dueOn), seq: String(a.seq ?? "") }))}
          <span className="ml-2 text-slate-500">{a.contract.projectCode}</span>
        </li>
      )))}
      {block("worklist-reports", t("reports.title"), w.overdueReports, w.overdueReports.items.map((r) => (
        <li key={`${r.projectId}-${r.month.toISOString()}`}>
          {link(r.href, t("reports.item", { month: month(r.month), due: day(r.lateFrom), project: r.projectCode }))}
          <span className="ml-2 text-slate-500">{r.projectTitle}</span>
        </li>
      )))}
      {block("worklist-confirm-reports", t("confirmReports.title"), w.reportsToConfirm, w.reportsToConfirm.items.map((r) => (
        <li key={r.id}>
          {link(r.href, t("confirmReports.item", { month: month(r.month), reported: day(r.reportedOn), project: r.projectCode }))}
          <span className="ml-2 text-slate-500">{r.projectTitle}</span>
        </li>
      )))}
      {block("worklist-confirm-force-majeure", t("confirmForceMajeure.title"), w.forceMajeureToConfirm, w.forceMajeureToConfirm.items.map((a) => (
        <li key={a.id}>
          {link(a.href, t("confirmForceMajeure.item", { accepted: day(a.acceptedOn), amount: formatMoney(a.acceptedValue, "trieu"), project: a.projectCode }))}
          <span className="ml-2 text-slate-500">{a.projectTitle}</span>
        </li>
      )))}
      {block("worklist-ready-for-acceptance", t("readyForAcceptance.title"), w.readyForAcceptance, w.readyForAcceptance.items.map((p) => (
        <li key={p.projectId}>
          {link(p.href, t("readyForAcceptance.item", { month: month(p.month), project: p.projectCode }))}
          <span className="ml-2 text-slate-500">{p.projectTitle}</span>
        </li>
      )))}
      {block("worklist-dossiers", t("dossiers.title"), w.overdueDossiers, w.overdueDossiers.items.map((d) => (
        <li key={d.contractId} className="text-red-800">
          {link(d.href, t("dossiers.item", { number: d.number, due: day(d.dueOn), accepted: day(d.lastAcceptedOn), project: d.projectCode }))}
          <span className="ml-2 text-slate-500">{d.projectTitle}</span>
        </li>
      )))}
      {block("worklist-findings", t("findings.title"), w.openFindings, w.openFindings.items.map((f) => (
        <li key={f.id} className={f.overdue ? "text-red-800" : ""}>
          {link(f.href, t("findings.item", { finding: f.description, action: f.requiredAction, due: day(f.dueOn), project: f.projectCode }))}
          {f.overdue ? <span className="ml-2 rounded bg-red-100 px-1 text-xs font-semibold text-red-800">{t("findings.overdue")}</span> : null}
        </li>
      )))}
      {block("worklist-settle", t("settle.title"), w.advancesToSettle, w.advancesToSettle.items.map((s) => (
        <li key={s.contract.contractId}>{link(s.href, t("settle.item", { number: s.contract.number, amount: formatMoney(s.outstanding, "trieu"), project: s.contract.projectCode }))}</li>
      )))}
      {block("worklist-contracts", t("contracts.title"), w.contracts, w.contracts.items.map((c) => (
        <li key={c.contractId}>
          {link(c.href, t("contracts.item", { kind: c.kind, number: c.number, value: formatMoney(c.value, "trieu"), status: c.status }))}
          <span className="ml-2 text-slate-500">{c.projectCode} — {c.projectTitle}</span>
          <span className="ml-2">{link(`${c.href}/so-cai`, t("contracts.ledger"))}</span>
        </li>
      )))}
    </div>
  );
}
