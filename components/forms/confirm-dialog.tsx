"use client";
// Confirmation before a legal act (approve, issue a plan, register): a modal <dialog> that says
// what will happen, with "Xác nhận" and "Quay lại". showModal() gives focus trapping and Escape.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";

export function ConfirmDialog({ open, title, children, onConfirm, onCancel, pending = false }: { open: boolean; title: string; children: ReactNode; onConfirm: () => void; onCancel: () => void; pending?: boolean }) {
  const t = useTranslations("confirmDialog");
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={headingId} onCancel={(e) => { e.preventDefault(); onCancel(); }} className="max-w-lg rounded border border-slate-300 p-4 shadow-lg backdrop:bg-black/40">
      <h2 id={headingId} className="mb-2 text-lg font-semibold">{title}</h2>
      <div className="space-y-1 text-sm">{children}</div>
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" className="rounded border border-slate-300 px-3 py-1" onClick={onCancel}>{t("back")}</button>
        <button type="button" className="rounded bg-blue-700 px-3 py-1 text-white disabled:opacity-60" disabled={pending} onClick={onConfirm}>{t("confirm")}</button>
      </div>
    </dialog>
  );
}
