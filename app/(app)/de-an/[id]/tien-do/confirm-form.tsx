"use client";
// The SCT confirms a report's volumes and costs, with a note; the report is frozen afterwards.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { confirmProgressAction } from "./actions";

export function ConfirmProgressForm({ projectId, reportId, version }: { projectId: string; reportId: string; version: number }) {
  const t = useTranslations("progress");
  const [note, setNote] = useState("");
  const { pending, message, fieldErrors, run } = useAction(confirmProgressAction);
  return (
    <div className="mt-2 space-y-2 rounded border border-emerald-200 bg-emerald-50 p-3" data-testid="progress-confirm">
      <label className="flex flex-col text-sm">
        <span>{t("confirmNote")}</span>
        <textarea className={`rounded border px-2 py-1 ${fieldErrors.note ? "border-red-500" : "border-slate-300"}`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <ActionButton className="rounded bg-emerald-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={() => run({ projectId, reportId, version, note }, { success: t("confirmed") })}>
        {t("confirm")}
      </ActionButton>
      <Feedback message={message} />
    </div>
  );
}
