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

function Block({ title, total, shown, empty, testId, children }: { title: string; total: number; shown: number; empty: string; testId: string; children: ReactNode }) {
  return (
    <section className="rounded border border-slate-200 bg-white p-4" data-testid={testId}>
      <h2 className="mb-2 font-semibold">{title} <span className="text-sm font-normal text-slate-500">({total})</span></h2>
      {total === 0 ? <p className="text-sm text-slate-500">{empty}</p> : <ul className="space-y-1 text-sm">{children}</ul>}
      {total > shown ? <p className="mt-2 text-xs text-slate-500">{shown}/{total}</p> : null}
    </section>
  );
}

const day = (d: Date | null) => (d ? formatDate(asCalendarDay(d), true) : "—");

export default async function WorklistPage() {
  const actor = await requireActor();
  if (!canReadWorklist(actor)) notFound();
  const t = await getTranslations("worklist");
  const w = await getWorklist(actor);
  const link = (href: string, text: string) => <Link className="text-blue-700 hover:underline" href={href}>{text}</Link>;
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")}>{t("intro")}</PageHeader>
      <Block testId="worklist-actions" title={t("actions.title")} total={w.actions.total} shown={w.actions.items.length} empty={t("actions.empty")}>
        {w.actions.items.map((a) => (
          <li key={`${a.kind}-${a.contract.contractId}-${a.seq ?? ""}`}>
            {link(a.href, t(`actions.${a.kind}`, { number: a.contract.number, amount: a.amount === null ? "—" : formatMoney(a.amount, "trieu"), due: day(a.dueOn), seq: String(a.seq ?? "") }))}
            <span className="ml-2 text-slate-500">{a.contract.projectCode}</span>
          </li>
        ))}
      </Block>
      <Block testId="worklist-reports" title={t("reports.title")} total={w.overdueReports.total} shown={w.overdueReports.items.length} empty={t("reports.empty")}>
        {w.overdueReports.items.map((r) => (
          <li key={`${r.projectId}-${r.month.toISOString()}`}>
            {link(r.href, t("reports.item", { month: formatDate(r.month, true).slice(3), due: formatDate(r.dueOn, true), project: r.projectCode }))}
            <span className="ml-2 text-slate-500">{r.projectTitle}</span>
          </li>
        ))}
      </Block>
      <Block testId="worklist-findings" title={t("findings.title")} total={w.openFindings.total} shown={w.openFindings.items.length} empty={t("findings.empty")}>
        {w.openFindings.items.map((f) => (
          <li key={f.id} className={f.overdue ? "text-red-800" : ""}>
            {link(f.href, t("findings.item", { finding: f.description, action: f.requiredAction, due: day(f.dueOn), project: f.projectCode }))}
            {f.overdue ? <span className="ml-2 rounded bg-red-100 px-1 text-xs font-semibold text-red-800">{t("findings.overdue")}</span> : null}
          </li>
        ))}
      </Block>
      <Block testId="worklist-settle" title={t("settle.title")} total={w.advancesToSettle.total} shown={w.advancesToSettle.items.length} empty={t("settle.empty")}>
        {w.advancesToSettle.items.map((s) => (
          <li key={s.contract.contractId}>{link(s.href, t("settle.item", { number: s.contract.number, amount: formatMoney(s.outstanding, "trieu"), project: s.contract.projectCode }))}</li>
        ))}
      </Block>
      <Block testId="worklist-contracts" title={t("contracts.title")} total={w.contracts.total} shown={w.contracts.items.length} empty={t("contracts.empty")}>
        {w.contracts.items.map((c) => (
          <li key={c.contractId}>
            {link(c.href, t("contracts.item", { kind: c.kind, number: c.number, value: formatMoney(c.value, "trieu"), status: c.status }))}
            <span className="ml-2 text-slate-500">{c.projectCode} — {c.projectTitle}</span>
            <span className="ml-2">{link(`${c.href}/so-cai`, t("contracts.ledger"))}</span>
          </li>
        ))}
      </Block>
    </div>
  );
}
