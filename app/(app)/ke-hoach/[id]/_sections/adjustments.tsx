import { getTranslations } from "next-intl/server";
import { formatAmount, formatDate } from "@/lib/format";
import { ADJUSTMENT_KINDS } from "@/lib/plans/adjustment-authority";
import type { getPlan } from "@/lib/plans/plan-view";
import { DecideAdjustmentForm, RequestAdjustmentForm } from "../../_components/adjustment-forms";

type Plan = Awaited<ReturnType<typeof getPlan>>;

/** Requests for điều chỉnh (TT 36/2013 Điều 11), who decides each, and the decision forms. */
export async function Adjustments({ plan }: { plan: Plan }) {
  const t = await getTranslations("plans");
  if (plan.status !== "ISSUED") return null;
  const nextVersion = Math.max(0, ...plan.versions.map((v) => v.versionNo)) + 1;
  const money = (v: bigint | null) => (v === null ? "—" : formatAmount(v, "trieu"));
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">{t("adjustments")}</h2>
      {plan.adjustments.length === 0 ? <p className="text-sm text-slate-500">{t("noAdjustments")}</p> : null}
      <ul className="space-y-2" data-testid="plan-adjustments">
        {plan.adjustments.map((a) => (
          <li key={a.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
            <div className="font-medium">{t(`kind.${a.kind}`)} · {a.project ? `${a.project.code} ${a.project.title}` : "—"}</div>
            <div className="text-slate-600">{t("decidedBy", { level: t(`authority.${a.authority}`) })} · {t(`adjStatus.${a.status}`)} · {formatDate(a.requestedAt)}{a.resultingVersion ? ` · ${t("versionLabel")} ${a.resultingVersion.versionNo}` : ""}</div>
            <div>{a.reason}</div>
            {a.amountBefore !== null || a.amountAfter !== null ? <div className="tabular-nums">{money(a.amountBefore)} → {money(a.amountAfter)} ({t("unit")})</div> : null}
            {a.steps.includes("DECIDE") ? (
              <DecideAdjustmentForm planId={plan.id} adjustmentId={a.id} defaultSymbol={a.authority === "MINISTER" ? "QĐ-BCT" : a.authority === "CUC" ? plan.cucSymbol : "QĐ-SCT"} nextVersion={nextVersion} />
            ) : null}
            {a.ownRequest ? <p className="mt-1 rounded bg-slate-100 p-2 text-slate-700" data-testid="own-request">{t("ownRequest")}</p> : null}
          </li>
        ))}
      </ul>
      {plan.steps.includes("REQUEST_ADJUSTMENT") ? (
        <div className="rounded border border-slate-200 bg-white p-3">
          <h3 className="mb-2 font-semibold">{t("newRequest")}</h3>
          <RequestAdjustmentForm
            planId={plan.id}
            kinds={ADJUSTMENT_KINDS}
            inPlan={plan.items.filter((i) => i.projectId).map((i) => ({ id: i.projectId!, label: `${i.code} ${i.title}` }))}
            addable={plan.candidates.map((c) => ({ id: c.id, label: `${c.code} ${c.title}` }))}
          />
        </div>
      ) : null}
    </section>
  );
}
