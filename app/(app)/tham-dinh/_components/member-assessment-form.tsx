"use client";
// One council member's own assessment of the Điều 9 criteria (TT 36/2013), entered by the secretary.
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { recordAssessmentAction } from "../actions";
import { CriteriaTable, initialCriteria } from "@/components/appraisals/criteria-table";

export function MemberAssessmentForm({ councilId, projectId, memberId, name, code }: { councilId: string; projectId: string; memberId: string; name: string; code: string }) {
  const t = useTranslations("appraisal");
  const [criteria, setCriteria] = useState(initialCriteria);
  const { pending, message, run } = useAction(recordAssessmentAction, { success: t("saved") });
  const submit = () => run({ councilId, projectId, memberId, criteria });
  return (
    <details className="rounded border border-slate-200 p-2">
      <summary className="cursor-pointer text-sm">{t("memberAssessment", { name })}</summary>
      <CriteriaTable value={criteria} onChange={setCriteria} label={`${code} ${name} `} />
      {message ? <p role="status" className="text-sm">{message.text}</p> : null}
      <ActionButton type="button" onClick={submit} disabled={pending} className="mt-1 rounded border border-blue-700 px-3 py-1 text-sm text-blue-800">{t("saveAssessment", { name })}</ActionButton>
    </details>
  );
}
