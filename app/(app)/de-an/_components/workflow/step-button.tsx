"use client";
// One workflow step with an optional note. The server decides; its Vietnamese answer is shown
// as is (e.g. the registration deadline, or the first blocking check).
import { ActionButton } from "@/components/ui/action-button";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { registerProjectAction, submitProjectAction } from "../../actions";

export function StepButton({ step, projectId, version, label }: { step: "SUBMIT" | "REGISTER"; projectId: string; version: number; label: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      const action = step === "SUBMIT" ? submitProjectAction : registerProjectAction;
      const result = await action({ projectId, version, comment });
      if (result.ok) {
        setMessage({ ok: true, text: t("workflow.done", { status: t(`status.${result.data.status}`) }) });
        setOpen(false);
        router.refresh();
      } else setMessage({ ok: false, text: result.message });
    });
  return (
    <div className="space-y-2">
      {open ? (
        <div className="space-y-2 rounded border border-slate-200 p-2">
          <label className="block text-sm">
            <span className="mb-1 block">{t("workflow.comment")}</span>
            <textarea rows={2} className="w-full rounded border border-slate-300 px-2 py-1" value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
          <ActionButton type="button" className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={run}>{t("workflow.confirm")}: {label}</ActionButton>
        </div>
      ) : (
        <ActionButton type="button" className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white" onClick={() => setOpen(true)}>{label}</ActionButton>
      )}
      {message ? <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</p> : null}
    </div>
  );
}
