"use client";
// Removes one document after a confirmation. The action is passed in by the server component,
// so this presentational piece does not reach into app/ or lib/.
import { ActionButton } from "@/components/ui/action-button";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import { useAction } from "@/components/forms/use-action";

export type DeleteAttachment = (input: { projectId: string; attachmentId: string }) => Promise<ActionResult<{ id: string; fileName: string }>>;

export function DeleteAttachmentButton({ projectId, attachmentId, fileName, action }: { projectId: string; attachmentId: string; fileName: string; action: DeleteAttachment }) {
  const t = useTranslations("attachments");
  const { pending, message, run, reset } = useAction(action);
  const remove = () => {
    if (!window.confirm(t("confirmDelete", { name: fileName }))) return;
    reset();
    run({ projectId, attachmentId });
  };
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <ActionButton type="button" onClick={remove} disabled={pending} aria-label={t("deleteNamed", { name: fileName })} className="rounded border border-red-300 px-2 py-1 text-xs text-red-700 hover:bg-red-50 disabled:opacity-50">
        {pending ? t("deleting") : t("delete")}
      </ActionButton>
      {message ? <span role="alert" className="text-xs text-red-700">{message.text}</span> : null}
    </span>
  );
}
