"use client";
// Rút hồ sơ: the implementer takes a submitted đề án back before the SCT decides. The reason is
// required (the SCT is told it); the server's Vietnamese answer is shown as is.
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { withdrawProjectAction } from "../../actions";

export function WithdrawButton({ projectId, version }: { projectId: string; version: number }) {
  const t = useTranslations("workflow");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { pending, message, run } = useAction(withdrawProjectAction, { success: () => t("withdrawn"), onSuccess: () => setOpen(false) });
  return (
    <div className="space-y-2">
      {open ? (
        <div className="space-y-2 rounded border border-slate-200 p-2">
          <label className="block text-sm">
            <span className="mb-1 block">{t("withdrawReason")}</span>
            <textarea name="reason" rows={2} required className="w-full rounded border border-slate-300 px-2 py-1" value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <ActionButton type="button" className="rounded bg-amber-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={() => run({ projectId, version, reason })}>{t("withdrawConfirm")}</ActionButton>
        </div>
      ) : (
        <ActionButton type="button" className="rounded border border-amber-700 px-3 py-1.5 text-sm text-amber-800" onClick={() => setOpen(true)}>{t("withdraw")}</ActionButton>
      )}
      <Feedback message={message} />
    </div>
  );
}
