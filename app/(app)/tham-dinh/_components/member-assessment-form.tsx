"use client";
// One council member's own assessment of the Điều 9 criteria (TT 36/2013), entered by the secretary.
import { ActionButton } from "@/components/ui/action-button";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { recordAssessmentAction } from "../actions";
import { CriteriaTable, initialCriteria } from "@/components/appraisals/criteria-table";

export function MemberAssessmentForm({ councilId, projectId, memberId, name, code }: { councilId: string; projectId: string; memberId: string; name: string; code: string }) {
  const t = useTranslations("appraisal");
  const router = useRouter();
  const [criteria, setCriteria] = useState(initialCriteria);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = () =>
    startTransition(async () => {
      const result = await recordAssessmentAction({ councilId, projectId, memberId, criteria });
      setMessage(result.ok ? t("saved") : result.message);
      if (result.ok) router.refresh();
    });
  return (
    <details className="rounded border border-slate-200 p-2">
      <summary className="cursor-pointer text-sm">{t("memberAssessment", { name })}</summary>
      <CriteriaTable value={criteria} onChange={setCriteria} label={`${code} ${name} `} />
      {message ? <p role="status" className="text-sm">{message}</p> : null}
      <ActionButton type="button" onClick={submit} disabled={pending} className="mt-1 rounded border border-blue-700 px-3 py-1 text-sm text-blue-800">{t("saveAssessment", { name })}</ActionButton>
    </details>
  );
}
