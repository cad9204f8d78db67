"use client";
// Dismissing one red flag: the reason is required (checked again on the server, which logs it).
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Feedback } from "@/components/forms/feedback";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/action";

type DismissInput = { rule: string; subjectKey: string; reason: string };

export function DismissFlagForm({ rule, subjectKey, minReason, action }: { rule: string; subjectKey: string; minReason: number; action: (input: DismissInput) => Promise<ActionResult<{ id: string }>> }) {
  const t = useTranslations("redFlags");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { pending, message, fieldErrors, run } = useAction(action, { success: t("dismissed") });
  if (!open) return <ActionButton className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50" onClick={() => setOpen(true)}>{t("dismiss")}</ActionButton>;
  return (
    <form
      className="flex min-w-64 flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        run({ rule, subjectKey, reason });
      }}
    >
      <label className="flex flex-col text-xs">
        <span>{t("dismissReason")}</span>
        <textarea required minLength={minReason} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} className={`rounded border px-2 py-1 text-sm ${fieldErrors.reason ? "border-red-500" : "border-slate-300"}`} />
        {fieldErrors.reason ? <span role="alert" className="text-xs text-red-700">{fieldErrors.reason}</span> : null}
      </label>
      <div className="flex gap-2">
        <ActionButton type="submit" disabled={pending} className="rounded bg-blue-700 px-2 py-1 text-xs font-medium text-white hover:bg-blue-800">{t("dismissConfirm")}</ActionButton>
        <ActionButton className="rounded border border-slate-300 px-2 py-1 text-xs" onClick={() => setOpen(false)}>{t("cancel")}</ActionButton>
      </div>
      <Feedback message={message} className="text-xs" />
    </form>
  );
}
