"use client";
import { ActionButton } from "@/components/ui/action-button";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markAllNoticesReadAction, markNoticeReadAction } from "./actions";

function useRun() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<{ ok: true } | { ok: false; message: string }>) =>
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : result.message);
      if (result.ok) router.refresh();
    });
  return { pending, error, run };
}

export function MarkReadButton({ id, label }: { id: string; label: string }) {
  const { pending, error, run } = useRun();
  return (
    <>
      <ActionButton type="button" className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-60" disabled={pending} onClick={() => run(() => markNoticeReadAction({ id }))}>{label}</ActionButton>
      {error ? <span role="alert" className="text-xs text-red-700">{error}</span> : null}
    </>
  );
}

export function MarkAllReadButton({ label }: { label: string }) {
  const { pending, error, run } = useRun();
  return (
    <>
      <ActionButton type="button" className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800 disabled:opacity-60" disabled={pending} onClick={() => run(() => markAllNoticesReadAction({}))}>{label}</ActionButton>
      {error ? <span role="alert" className="ml-2 text-xs text-red-700">{error}</span> : null}
    </>
  );
}
