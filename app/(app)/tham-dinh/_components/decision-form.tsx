"use client";
// Kết luận thẩm định cấp Bộ (TT 36/2013 Điều 8.2, 9): criteria, outcome, reduced amount, reason.
// Used by Cục staff directly and by the secretary consolidating a council's conclusion.
import { ActionButton } from "@/components/ui/action-button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { OUTCOMES } from "@/lib/appraisals/criteria";
import { decideAppraisalAction } from "../actions";
import { CriteriaTable, initialCriteria } from "@/components/appraisals/criteria-table";

export function DecisionForm({ projectId, version, councilId, code, after }: { projectId: string; version: number; councilId?: string; code: string; after?: string }) {
  const t = useTranslations("appraisal");
  const router = useRouter();
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>("APPROVE");
  const [criteria, setCriteria] = useState(initialCriteria);
  const [approvedAmount, setApprovedAmount] = useState("");
  const [conclusion, setConclusion] = useState("");
  const { pending, message, fieldErrors: errors, run } = useAction(decideAppraisalAction, { onSuccess: () => { if (after) router.push(after); } });
  const submit = () => run({ projectId, version, councilId, outcome, criteria, approvedAmount, conclusion });
  return (
    <form aria-label={t("councilConclusion", { code })} className="space-y-3 rounded border border-slate-200 bg-white p-3" onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
      {message ? <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">{message.text}</p> : null}
      <fieldset><legend className="font-medium">{t("criteria")}</legend><CriteriaTable value={criteria} onChange={setCriteria} label={`${code} `} /></fieldset>
      <fieldset>
        <legend className="font-medium">{t("outcome")}</legend>
        <div className="flex flex-wrap gap-4">
          {OUTCOMES.map((o) => <label key={o} className="flex items-center gap-2 text-sm"><input type="radio" name={`outcome-${projectId}`} checked={outcome === o} onChange={() => setOutcome(o)} />{t(o)}</label>)}
        </div>
      </fieldset>
      {outcome === "APPROVE_REDUCED" ? (
        <label className="block text-sm"><span className="mb-1 block">{t("approvedAmount")}</span><input inputMode="decimal" className="w-48 rounded border border-slate-300 px-2 py-1" value={approvedAmount} onChange={(e) => setApprovedAmount(e.target.value)} />{errors.approvedAmount ? <span role="alert" className="block text-xs text-red-700">{errors.approvedAmount}</span> : null}</label>
      ) : null}
      <label className="block text-sm"><span className="mb-1 block">{t("conclusion")}</span><textarea rows={2} className={`w-full rounded border px-2 py-1 ${errors.conclusion ? "border-red-500" : "border-slate-300"}`} value={conclusion} onChange={(e) => setConclusion(e.target.value)} />{errors.conclusion ? <span role="alert" className="block text-xs text-red-700">{errors.conclusion}</span> : null}</label>
      <ActionButton type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm text-white disabled:opacity-60" disabled={pending}>{t("saveDecision")}</ActionButton>
    </form>
  );
}
