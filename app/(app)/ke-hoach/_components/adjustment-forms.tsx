"use client";
// Đề nghị điều chỉnh (TT 36/2013 Điều 11.1) and its decision at the level the server computed.
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { decideAdjustmentAction, requestAdjustmentAction } from "../actions";
import { isoToTypedDay } from "@/lib/calendar/typed-day";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { DecisionFields, emptyDecision, toDecisionInput, type DecisionDraft } from "./decision-fields";
import { Feedback } from "@/components/forms/feedback";
import { useActionRunner } from "@/components/forms/use-action";
import { buttonClass, inputClass } from "./form-styles";

type Option = { id: string; label: string };

export function RequestAdjustmentForm({ planId, kinds, inPlan, addable }: { planId: string; kinds: readonly string[]; inPlan: Option[]; addable: Option[] }) {
  const t = useTranslations("plans");
  const [kind, setKind] = useState(kinds[0] ?? "OTHER");
  const [projectId, setProject] = useState("");
  const [reason, setReason] = useState("");
  const [amountAfter, setAmount] = useState("");
  const { pending, message, run } = useActionRunner();
  const options = kind === "ADD_PROJECT" ? addable : inPlan;
  const submit = () => run(() => requestAdjustmentAction({ planId, kind, reason, ...(projectId ? { projectId } : {}), ...(amountAfter ? { amountAfter } : {}) }), { success: t("requested"), onSuccess: () => setReason("") });
  return (
    <form className="grid gap-2 sm:grid-cols-2" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <label className="text-sm"><span className="mb-1 block">{t("kindLabel")}</span>
        <select className={inputClass} value={kind} onChange={(e) => { setKind(e.target.value); setProject(""); }}>{kinds.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}</select>
      </label>
      <label className="text-sm"><span className="mb-1 block">{t("project")}</span>
        <select className={inputClass} value={projectId} onChange={(e) => setProject(e.target.value)}>
          <option value="">—</option>
          {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
      </label>
      <label className="text-sm sm:col-span-2"><span className="mb-1 block">{t("reason")}</span><textarea rows={2} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} /></label>
      <label className="text-sm"><span className="mb-1 block">{t("amountAfter")}</span><input className={inputClass} value={amountAfter} onChange={(e) => setAmount(e.target.value)} /></label>
      <div className="flex items-end"><ActionButton type="submit" className={buttonClass} disabled={pending}>{t("sendRequest")}</ActionButton></div>
      <div className="sm:col-span-2"><Feedback message={message} /></div>
    </form>
  );
}

export function DecideAdjustmentForm({ planId, adjustmentId, defaultSymbol, nextVersion }: { planId: string; adjustmentId: string; defaultSymbol: string; nextVersion: number }) {
  const t = useTranslations("plans");
  const [decision, setDecision] = useState<DecisionDraft>(() => emptyDecision(defaultSymbol));
  const [note, setNote] = useState("");
  const [asking, setAsking] = useState<"APPROVE" | "REJECT" | null>(null);
  const { pending, message, run } = useActionRunner();
  const effective = isoToTypedDay(decision.effectiveOn || decision.issuedOn) || "—";
  const submit = () => {
    const outcome = asking;
    setAsking(null);
    if (outcome === "APPROVE") run(() => decideAdjustmentAction({ planId, adjustmentId, outcome: "APPROVE", decision: toDecisionInput(decision) }), { success: t("approved") });
    if (outcome === "REJECT") run(() => decideAdjustmentAction({ planId, adjustmentId, outcome: "REJECT", note }), { success: t("rejected") });
  };
  return (
    <div className="space-y-2 rounded border border-slate-200 p-2">
      <DecisionFields value={decision} onChange={setDecision} />
      <div className="flex flex-wrap items-end gap-2">
        <ActionButton type="button" className={buttonClass} disabled={pending} onClick={() => setAsking("APPROVE")}>{t("approve")}</ActionButton>
        <label className="text-sm"><span className="mb-1 block">{t("rejectNote")}</span><input className={inputClass} value={note} onChange={(e) => setNote(e.target.value)} /></label>
        <ActionButton type="button" className="rounded border border-red-300 px-3 py-1.5 text-sm text-red-700 disabled:opacity-60" disabled={pending} onClick={() => setAsking("REJECT")}>{t("reject")}</ActionButton>
      </div>
      <Feedback message={message} />
      <ConfirmDialog
        open={asking !== null}
        title={asking === "REJECT" ? t("confirmRejectTitle") : t("confirmApproveTitle")}
        summary={<p>{asking === "REJECT" ? t("confirmRejectSummary") : t("confirmApproveSummary", { version: nextVersion, effective })}</p>}
        confirmLabel={t("confirmAction")}
        cancelLabel={t("cancel")}
        onConfirm={submit}
        onCancel={() => setAsking(null)}
        pending={pending}
      />
    </div>
  );
}
