"use client";
// Issuing the plan as a decision. Over the envelope it is refused unless confirmed with a reason.
// Submitting first opens a confirmation saying what will be issued (version, effective day, total).
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { isoToTypedDay } from "@/lib/calendar/typed-day";
import { issuePlanAction } from "../actions";
import { DecisionFields, emptyDecision, toDecisionInput, type DecisionDraft } from "./decision-fields";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Feedback } from "@/components/forms/feedback";
import { useActionRunner } from "@/components/forms/use-action";
import { buttonClass, inputClass } from "./form-styles";

type Props = { planId: string; over: boolean; defaultSymbol: string; totalText: string; itemCount: number };

export function IssueForm({ planId, over, defaultSymbol, totalText, itemCount }: Props) {
  const t = useTranslations("plans");
  const [decision, setDecision] = useState<DecisionDraft>(() => emptyDecision(defaultSymbol));
  const [confirm, setConfirm] = useState(false);
  const [reason, setReason] = useState("");
  const [asking, setAsking] = useState(false);
  const { pending, message, run } = useActionRunner();
  const effective = isoToTypedDay(decision.effectiveOn || decision.issuedOn) || "—";
  const submit = () => {
    setAsking(false);
    run(() => issuePlanAction({ planId, decision: toDecisionInput(decision), confirmOverEnvelope: confirm, overEnvelopeReason: reason }), { success: t("issued") });
  };
  return (
    <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
      <DecisionFields value={decision} onChange={setDecision} />
      {over ? (
        <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          <label className="flex items-center gap-2"><input type="checkbox" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} />{t("confirmOver")}</label>
          <label className="block"><span className="mb-1 block">{t("overReason")}</span><textarea rows={2} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} /></label>
        </div>
      ) : null}
      <ActionButton type="submit" className={buttonClass} disabled={pending}>{t("issue")}</ActionButton>
      <Feedback message={message} />
      <ConfirmDialog
        open={asking}
        title={t("confirmIssueTitle")}
        summary={<p>{t("confirmIssueSummary", { version: 1, effective, total: totalText, count: itemCount })}</p>}
        confirmLabel={t("confirmAction")}
        cancelLabel={t("cancel")}
        onConfirm={submit}
        onCancel={() => setAsking(false)}
        pending={pending}
      />
    </form>
  );
}
