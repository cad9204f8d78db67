"use client";
// Confirmation before a legal act (approve, issue a plan, decide an adjustment, register): a modal
// <dialog> that says what will happen, with "Xác nhận" and "Quay lại" unless a page names the act.
// showModal() gives focus trapping and Escape; "Quay lại" records nothing and keeps the form.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";

type Props = {
  open: boolean;
  title: string;
  /** What will happen; given as `summary` or as children. */
  summary?: ReactNode;
  children?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
};

export function ConfirmDialog({ open, title, summary, children, confirmLabel, cancelLabel, onConfirm, onCancel, pending = false }: Props) {
  const t = useTranslations("confirmDialog");
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} aria-describedby={bodyId} onCancel={(e) => { e.preventDefault(); onCancel(); }} className="max-w-lg rounded border border-slate-300 p-4 shadow-lg backdrop:bg-black/40">
      <h2 id={titleId} className="mb-2 text-lg font-semibold">{title}</h2>
      <div id={bodyId} className="space-y-1 text-sm">{summary}{children}</div>
      <div className="mt-4 flex justify-end gap-2">
        <ActionButton className="rounded border border-slate-300 px-3 py-1.5 text-sm" onClick={onCancel} disabled={pending}>{cancelLabel ?? t("back")}</ActionButton>
        <ActionButton className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" onClick={onConfirm} disabled={pending} autoFocus>{confirmLabel ?? t("confirm")}</ActionButton>
      </div>
    </dialog>
  );
}
