"use client";
// A confirmation before an irreversible step, saying what will happen. A native modal <dialog>:
// focus is trapped and Escape cancels, with no extra package.
import { useEffect, useId, useRef, type ReactNode } from "react";

type Props = {
  open: boolean;
  title: string;
  summary: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
};

export function ConfirmDialog({ open, title, summary, confirmLabel, cancelLabel = "Quay lại", onConfirm, onCancel, pending = false }: Props) {
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
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="max-w-lg rounded border border-slate-300 p-4 shadow-lg backdrop:bg-black/30"
      onCancel={(e) => { e.preventDefault(); onCancel(); }}
    >
      <h2 id={titleId} className="mb-2 text-lg font-semibold">{title}</h2>
      <div id={bodyId} className="mb-4 text-sm">{summary}</div>
      <div className="flex justify-end gap-2">
        <button type="button" className="rounded border border-slate-300 px-3 py-1.5 text-sm" onClick={onCancel} disabled={pending}>{cancelLabel}</button>
        <button type="button" className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" onClick={onConfirm} disabled={pending} autoFocus>{confirmLabel}</button>
      </div>
    </dialog>
  );
}
