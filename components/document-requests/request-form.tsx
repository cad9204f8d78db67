"use client";
// The SCT's "Yêu cầu bổ sung hồ sơ": a note saying which documents are needed. The note stays in
// the box whatever the server answers; it is cleared only once the request is sent.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/action";

type Input = { projectId: string; note: string };

export function DocumentRequestForm({ projectId, action }: { projectId: string; action: (input: Input) => Promise<ActionResult<{ id: string }>> }) {
  const t = useTranslations("documentRequests");
  const [note, setNote] = useState("");
  const { pending, message, fieldErrors, run } = useAction(action, { success: t("sent"), onSuccess: () => setNote("") });
  return (
    <form
      className="mt-3 flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        run({ projectId, note });
      }}
    >
      <label className="flex flex-col text-sm">
        <span>{t("note")}</span>
        <textarea name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={fieldErrors.note ? true : undefined} aria-describedby={fieldErrors.note ? "document-request-note-error" : undefined} className={`rounded border px-3 py-2 ${fieldErrors.note ? "border-red-500" : "border-slate-300"}`} />
        {fieldErrors.note ? <span id="document-request-note-error" role="alert" className="text-xs text-red-700">{fieldErrors.note}</span> : null}
      </label>
      <div>
        <ActionButton type="submit" disabled={pending} className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("send")}</ActionButton>
      </div>
      <Feedback message={message} />
    </form>
  );
}

/**
 * An open request's "Đã bổ sung hồ sơ" button, and the same request once fulfilled. One component
 * for both states, so the confirmation stays on screen when the page's refreshed data replaces
 * the button with the fulfilled line (a button that unmounted took its message with it).
 */
export function FulfilRequest({ projectId, requestId, fulfilled, action }: { projectId: string; requestId: string; fulfilled: string | null; action: (input: { projectId: string; requestId: string }) => Promise<ActionResult<{ id: string }>> }) {
  const t = useTranslations("documentRequests");
  const { pending, message, run } = useAction(action, { success: t("fulfilledDone") });
  if (fulfilled) {
    return (
      <div className="mt-1 space-y-1">
        <p className="text-xs font-medium text-emerald-800">{fulfilled}</p>
        <Feedback message={message} />
      </div>
    );
  }
  return (
    <div className="mt-2 space-y-2">
      <p className="text-xs font-medium text-amber-900">{t("open")}</p>
      <p className="text-xs text-slate-700">{t("uploadHint")}</p>
      <div>
        <ActionButton disabled={pending} onClick={() => run({ projectId, requestId })} className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("fulfil")}</ActionButton>
        <Feedback message={message} />
      </div>
    </div>
  );
}
