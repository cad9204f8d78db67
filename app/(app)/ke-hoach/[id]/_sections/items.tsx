import { getTranslations } from "next-intl/server";
import { formatAmount } from "@/lib/format";
import type { getPlan } from "@/lib/plans/plan-view";
import { AddTaskForm, IncludeAllButton, RemoveItemButton } from "../../_components/draft-controls";
import { ChooseProjects } from "../../_components/choose-projects";
import { IssueForm } from "../../_components/issue-form";

type Plan = Awaited<ReturnType<typeof getPlan>>;

export async function Items({ plan }: { plan: Plan }) {
  const t = await getTranslations("plans");
  const editing = plan.steps.includes("EDIT_DRAFT");
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">{t("items")} <span className="text-sm font-normal text-slate-500">({t("unit")})</span></h2>
      {editing ? <IncludeAllButton planId={plan.id} count={plan.candidates.length} /> : null}
      {editing ? (
        <ChooseProjects
          planId={plan.id}
          candidates={plan.candidates.map((c) => ({ id: c.id, code: c.code, title: c.title, amount: (c.amount ?? 0n).toString() }))}
          currentTotal={plan.total.toString()}
          envelope={plan.envelope.toString()}
        />
      ) : null}
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="plan-items">
          <thead className="bg-slate-50 text-left"><tr><th className="px-2 py-1">{t("seq")}</th><th className="px-2 py-1">{t("itemTitle")}</th><th className="px-2 py-1">{t("implementer")}</th><th className="px-2 py-1">{t("location")}</th><th className="px-2 py-1 text-right">{t("amount")}</th>{editing ? <th /> : null}</tr></thead>
          <tbody>
            {plan.items.map((i, n) => (
              <tr key={i.id} className="border-t border-slate-100">
                <td className="px-2 py-1">{n + 1}</td>
                <td className="px-2 py-1">{i.code ? <span className="text-slate-500">{i.code} · </span> : <span className="text-slate-500">{t("task")} · </span>}{i.title}</td>
                <td className="px-2 py-1">{i.implementer}</td>
                <td className="px-2 py-1">{i.location}</td>
                <td className="px-2 py-1 text-right tabular-nums">{formatAmount(i.amount, "trieu")}</td>
                {editing ? <td className="px-2 py-1"><RemoveItemButton planId={plan.id} itemId={i.id} /></td> : null}
              </tr>
            ))}
            <tr className="border-t border-slate-300 font-semibold"><td /><td className="px-2 py-1">{t("totalRow")}</td><td /><td /><td className="px-2 py-1 text-right tabular-nums">{formatAmount(plan.total, "trieu")}</td>{editing ? <td /> : null}</tr>
          </tbody>
        </table>
      </div>
      {editing ? (
        <div className="space-y-4 rounded border border-slate-200 bg-white p-3">
          <h3 className="font-semibold">{t("addTask")}</h3>
          <AddTaskForm planId={plan.id} implementers={plan.implementers} />
          <h3 className="font-semibold">{t("issueTitle")}</h3>
          <IssueForm planId={plan.id} over={plan.total > plan.envelope} defaultSymbol={plan.level === "NATIONAL" ? "QĐ-BCT" : "QĐ-UBND"} totalText={formatAmount(plan.total, "trieu")} itemCount={plan.items.length} />
        </div>
      ) : null}
    </section>
  );
}
