"use client";
// Issuing the plan as a decision. Over the envelope it is refused unless confirmed with a reason.
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { issuePlanAction } from "../actions";
import { DecisionFields, toDecisionInput, type DecisionDraft } from "./decision-fields";
import { Feedback } from "@/components/forms/feedback";
import { useActionRunner } from "@/components/forms/use-action";
import { buttonClass, inputClass } from "./form-styles";

export function IssueForm({ planId, over, defaultSymbol }: { planId: string; over: boolean; defaultSymbol: string }) {
  const t = useTranslations("plans");
  const [decision, setDecision] = useState<DecisionDraft>({ number: "", symbol: defaultSymbol, issuedOn: "", effectiveOn: "", signer: "" });
  const [confirm, setConfirm] = useState(false);
  const [reason, setReason] = useState("");
  const { pending, message, run } = useActionRunner();
  return (
    <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); run(() => issuePlanAction({ planId, decision: toDecisionInput(decision), confirmOverEnvelope: confirm, overEnvelopeReason: reason }), { success: t("issued") }); }}>
      <DecisionFields value={decision} onChange={setDecision} />
      {over ? (
        <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          <label className="flex items-center gap-2"><input type="checkbox" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} />{t("confirmOver")}</label>
          <label className="block"><span className="mb-1 block">{t("overReason")}</span><textarea rows={2} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} /></label>
        </div>
      ) : null}
      <ActionButton type="submit" className={buttonClass} disabled={pending}>{t("issue")}</ActionButton>
      <Feedback message={message} />
    </form>
  );
}
