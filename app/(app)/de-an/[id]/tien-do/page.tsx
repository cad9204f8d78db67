// /de-an/[id]/tien-do: monthly progress reports (Mẫu 3b). Months from the contract to today with
// their status (confirmed, submitted, overdue, not due), the form for a new report, and each
// report with its lines, attachments, edit form (implementer) and confirmation (SCT).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound } from "@/app/(app)/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatMoney, formatPercentBp, toMoneyInput } from "@/lib/format";
import { getProgressPage, type BudgetLineView, type ProgressReportView } from "@/lib/progress/queries";
import { formatQuantity, monthText } from "@/lib/progress/rules";
import { formatIsoDay } from "@/lib/calendar";
import { ProgressForm, type ProgressLineField } from "./progress-form";
import { ReportCard } from "./report-card";

const STATUS_STYLE = { CONFIRMED: "bg-emerald-100 text-emerald-800", SUBMITTED: "bg-blue-100 text-blue-800", OVERDUE: "bg-red-100 text-red-800", NOT_DUE: "bg-slate-100 text-slate-700" } as const;

/** Form lines: the budget with the figures of `from` (the latest report, cumulative) as start values. */
function formLines(budget: BudgetLineView[], from: ProgressReportView | null): ProgressLineField[] {
  return budget.map((b) => {
    const line = from?.lines.find((l) => l.budgetLineId === b.id);
    return { budgetLineId: b.id, item: b.item, unit: b.unit, planned: String(b.quantity), limit: formatMoney(b.supportAmount + b.counterpartAmount, "trieu"), done: line ? formatQuantity(line.done) : "0", cost: line ? toMoneyInput(line.cost) : "0" };
  });
}

export default async function ProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const page = await orNotFound(getProgressPage(actor, id));
  const t = await getTranslations("progress");
  const latest = page.months.find((m) => m.report)?.report ?? null;
  const overdue = page.months.filter((m) => m.status === "OVERDUE");
  return (
    <div className="space-y-5">
      <Link href={`/de-an/${id}`} className="text-sm text-blue-700 hover:underline">← {page.project.title}</Link>
      <PageHeader title={t("title", { code: page.project.code })} />
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {overdue.length > 0 ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="progress-overdue">
          {t("overdueBanner", { count: overdue.length, months: overdue.map((m) => monthText(m.month)).join(", ") })}
        </p>
      ) : null}
      <section aria-labelledby="progress-months">
        <h2 id="progress-months" className="mb-2 text-lg font-semibold">{t("months")}</h2>
        {page.months.length === 0 ? <p className="text-sm text-slate-500">{t("noMonths")}</p> : (
          <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="progress-months">
            <thead><tr className="border-b text-left"><th>{t("month")}</th><th>{t("statusLabel")}</th><th>{t("dueBefore")}</th><th>{t("reportedOn")}</th><th className="text-right">{t("completion")}</th><th className="text-right">{t("costTotal")}</th></tr></thead>
            <tbody>
              {page.months.map((m) => (
                <tr key={m.month.toISOString()} className="border-b">
                  <td className="py-1">{m.report ? <a className="text-blue-700 hover:underline" href={`#report-${m.report.id}`}>{monthText(m.month)}</a> : monthText(m.month)}</td>
                  <td><span className={`rounded px-2 py-0.5 text-xs ${STATUS_STYLE[m.status]}`}>{t(`status.${m.status}`)}</span>{m.report?.late ? <span className="ml-1 text-xs text-amber-700">{t("late")}</span> : null}</td>
                  <td>{m.lateFrom ? formatDate(m.lateFrom, true) : "—"}</td>
                  <td>{m.report ? formatDate(m.report.reportedOn, true) : "—"}</td>
                  <td className="text-right">{m.report ? formatPercentBp(m.report.completionBp) : "—"}</td>
                  <td className="text-right">{m.report ? formatMoney(m.report.completedValue, "trieu") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        )}
      </section>
      {page.canSubmit && page.openMonths.length > 0 && page.budget.length > 0 ? (
        <section aria-labelledby="progress-new">
          <h2 id="progress-new" className="mb-2 text-lg font-semibold">{t("newReport")}</h2>
          <ProgressForm
            key={page.openMonths.map((m) => formatIsoDay(m)).join()}
            projectId={id}
            months={page.openMonths.map((m) => ({ value: formatIsoDay(m).slice(0, 7), label: monthText(m) }))}
            completion={latest ? formatPercentBp(latest.completionBp).replace(" %", "") : "0"}
            narrative=""
            lines={formLines(page.budget, latest)}
          />
        </section>
      ) : null}
      {page.months.filter((m) => m.report).map((m) => {
        const report = m.report as ProgressReportView;
        return <ReportCard key={report.id} projectId={id} month={m.month} report={report} editLines={formLines(page.budget, report)} />;
      })}
    </div>
  );
}
