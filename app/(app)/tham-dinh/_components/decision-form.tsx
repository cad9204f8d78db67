"use client";
// Kết luận thẩm định cấp Bộ (TT 36/2013 Điều 8.2, 9): criteria, outcome, reduced amount, reason.
// Used by Cục staff directly and by the secretary consolidating a council's conclusion.
import { ActionButton } from "@/components/ui/action-button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { useSheetChecks } from "@/components/appraisals/use-sheet-checks";
import { useAction } from "@/components/forms/use-action";
import { OUTCOMES } from "@/lib/appraisals/criteria";
import { decideAppraisalAction } from "../actions";
import { CriteriaTable, initialCriteria } from "@/components/appraisals/criteria-table";

type Quorum = { text: string; met: boolean; secretaryRecused: boolean; eligibleSecretaries: { id: string; name: string }[] };

export function DecisionForm({ projectId, version, councilId, code, after, quorum, requested }: { projectId: string; version: number; councilId?: string; code: string; after?: string; quorum?: Quorum; requested?: string }) {
  const t = useTranslations("appraisal");
  const ts = useTranslations("appraisalSheet");
  const [failedCriterionReason, setFailedReason] = useState("");
  const [actingSecretaryId, setActing] = useState("");
  const [confirming, setConfirming] = useState(false);
  const router = useRouter();
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number] | "">("");
  const [criteria, setCriteria] = useState(initialCriteria);
  const [approvedAmount, setApprovedAmount] = useState("");
  const [conclusion, setConclusion] = useState("");
  const { pending, message, fieldErrors: serverErrors, run } = useAction(decideAppraisalAction, { onSuccess: () => { if (after) router.push(after); } });
  // The Cục's files are checked on the server (the dossier was checked by the SCT already).
  const checks = useSheetChecks({ outcome, criteria, conclusion, failedCriterionReason, missingDossier: [] });
  const errors = { ...serverErrors, ...checks.shown };
  const record = () => { setConfirming(false); run({ projectId, version, councilId, outcome, criteria, approvedAmount, conclusion, failedCriterionReason, actingSecretaryId: actingSecretaryId || null }); };
  const submit = () => { if (checks.check()) setConfirming(true); };
  return (
    <form aria-label={t("councilConclusion", { code })} className="space-y-3 rounded border border-slate-200 bg-white p-3" onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
      {quorum ? <p className={`text-sm ${quorum.met ? "text-emerald-700" : "text-red-700"}`} data-testid="quorum">{quorum.text}</p> : null}
      {message ? <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">{message.text}</p> : null}
      <fieldset><legend className="font-medium">{t("criteria")}</legend><CriteriaTable value={criteria} onChange={setCriteria} label={`${code} `} errors={errors} /></fieldset>
      <fieldset>
        <legend className="font-medium">{t("outcome")}</legend>
        <div className="flex flex-wrap gap-4">
          {OUTCOMES.map((o) => <label key={o} className="flex items-center gap-2 text-sm"><input type="radio" name={`outcome-${projectId}`} checked={outcome === o} onChange={() => setOutcome(o)} />{t(o)}</label>)}
        </div>
        {errors.outcome ? <p role="alert" className="text-xs text-red-700">{errors.outcome}</p> : null}
      </fieldset>
      {(outcome === "APPROVE" || outcome === "APPROVE_REDUCED") && criteria.some((c) => c.assessment === "NOT_MET") ? (
        <label className="block text-sm"><span className="mb-1 block">{ts("failedReason")}</span><textarea rows={2} className="w-full rounded border border-slate-300 px-2 py-1" value={failedCriterionReason} onChange={(e) => setFailedReason(e.target.value)} />{errors.failedCriterionReason ? <span role="alert" className="block text-xs text-red-700">{errors.failedCriterionReason}</span> : null}</label>
      ) : null}
      {quorum?.secretaryRecused ? (
        <label className="block text-sm"><span className="mb-1 block">{ts("actingSecretary")}</span>
          <select className="rounded border border-slate-300 px-2 py-1" value={actingSecretaryId} onChange={(e) => setActing(e.target.value)}>
            <option value="">—</option>
            {quorum.eligibleSecretaries.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
          {errors.actingSecretaryId ? <span role="alert" className="block text-xs text-red-700">{errors.actingSecretaryId}</span> : null}
        </label>
      ) : null}
      {outcome === "APPROVE_REDUCED" ? (
        <label className="block text-sm"><span className="mb-1 block">{t("approvedAmount")}</span><input inputMode="decimal" className="w-48 rounded border border-slate-300 px-2 py-1" value={approvedAmount} onChange={(e) => setApprovedAmount(e.target.value)} />{errors.approvedAmount ? <span role="alert" className="block text-xs text-red-700">{errors.approvedAmount}</span> : null}</label>
      ) : null}
      <label className="block text-sm"><span className="mb-1 block">{t("conclusion")}</span><textarea rows={2} className={`w-full rounded border px-2 py-1 ${errors.conclusion ? "border-red-500" : "border-slate-300"}`} value={conclusion} onChange={(e) => setConclusion(e.target.value)} />{errors.conclusion ? <span role="alert" className="block text-xs text-red-700">{errors.conclusion}</span> : null}</label>
      <ActionButton type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm text-white disabled:opacity-60" disabled={pending}>{t("saveDecision")}</ActionButton>
      <ConfirmDialog open={confirming} title={ts("confirmTitle")} onConfirm={record} onCancel={() => setConfirming(false)} pending={pending}>
        {outcome ? <p>{t(outcome)}</p> : null}
        {outcome === "APPROVE_REDUCED" ? <p>{ts("confirmAmount", { amount: `${approvedAmount} triệu đồng` })}</p> : outcome === "APPROVE" ? <p>{requested ? ts("confirmAmount", { amount: requested }) : ts("confirmAmountAsRequested")}</p> : null}
        <p>{ts("confirmNotify")}</p>
      </ConfirmDialog>
    </form>
  );
}
