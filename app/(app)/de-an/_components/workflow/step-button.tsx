"use client";
// One workflow step with a note: optional, except the reason for a withdrawal (rút hồ sơ), which
// the SCT is told. The server decides; its Vietnamese answer is shown as is (e.g. the
// registration deadline, or the first blocking check).
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { registerProjectAction, submitProjectAction, withdrawProjectAction } from "../../actions";

type Input = { projectId: string; version: number; comment: string };
const ACTIONS = {
  SUBMIT: submitProjectAction,
  REGISTER: registerProjectAction,
  WITHDRAW: ({ comment, ...rest }: Input) => withdrawProjectAction({ ...rest, reason: comment }),
};

export function StepButton({ step, projectId, version, label }: { step: keyof typeof ACTIONS; projectId: string; version: number; label: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const { pending, message, fieldErrors, run: send } = useAction(ACTIONS[step], {
    success: (data) => (step === "WITHDRAW" ? t("workflow.withdrawn") : t("workflow.done", { status: t(`status.${data.status}`) })),
    onSuccess: () => setOpen(false),
  });
  const run = () => send({ projectId, version, comment });
  return (
    <div className="space-y-2">
      {open ? (
        <div className="space-y-2 rounded border border-slate-200 p-2">
          <label className="block text-sm">
            <span className="mb-1 block">{step === "WITHDRAW" ? t("workflow.withdrawReason") : t("workflow.comment")}</span>
            <textarea rows={2} className="w-full rounded border border-slate-300 px-2 py-1" value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
          <ActionButton type="button" className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={run}>{t("workflow.confirm")}: {label}</ActionButton>
        </div>
      ) : (
        <ActionButton type="button" className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white" onClick={() => setOpen(true)}>{label}</ActionButton>
      )}
      <Feedback message={message} />
      {/* A refused submission names every missing part, not only the first. */}
      {Object.keys(fieldErrors).length ? (
        <ul className="list-disc pl-5 text-sm text-red-700" data-testid="submit-missing">
          {Object.entries(fieldErrors).map(([path, text]) => <li key={path}>{text}</li>)}
        </ul>
      ) : null}
    </div>
  );
}
