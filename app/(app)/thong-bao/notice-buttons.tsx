"use client";
import { ActionButton } from "@/components/ui/action-button";
import { useAction } from "@/components/forms/use-action";
import { markAllNoticesReadAction, markNoticeReadAction } from "./actions";

export function MarkReadButton({ id, label }: { id: string; label: string }) {
  const { pending, message, run } = useAction(markNoticeReadAction);
  return (
    <>
      <ActionButton type="button" className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-60" disabled={pending} onClick={() => run({ id })}>{label}</ActionButton>
      {message ? <span role="alert" className="text-xs text-red-700">{message.text}</span> : null}
    </>
  );
}

export function MarkAllReadButton({ label }: { label: string }) {
  const { pending, message, run } = useAction(markAllNoticesReadAction);
  return (
    <>
      <ActionButton type="button" className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800 disabled:opacity-60" disabled={pending} onClick={() => run({})}>{label}</ActionButton>
      {message ? <span role="alert" className="ml-2 text-xs text-red-700">{message.text}</span> : null}
    </>
  );
}
