"use client";
// Closes an open finding with evidence: the remedy in words and/or a document attached to it.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { closeFindingAction } from "./actions";

export function CloseFindingForm({ projectId, findingId, version }: { projectId: string; findingId: string; version: number }) {
  const t = useTranslations("inspections");
  const [evidence, setEvidence] = useState("");
  const { pending, message, fieldErrors, run } = useAction(closeFindingAction);
  return (
    <div className="mt-2 space-y-2" data-testid="close-finding">
      <label className="flex flex-col text-sm">
        <span>{t("evidence")}</span>
        <textarea rows={2} className={`rounded border px-2 py-1 ${fieldErrors.evidence ? "border-red-500" : "border-slate-300"}`} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
      </label>
      <ActionButton className="rounded bg-emerald-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={() => run({ projectId, findingId, version, evidence }, { success: t("closed") })}>{t("close")}</ActionButton>
      <Feedback message={message} />
    </div>
  );
}
