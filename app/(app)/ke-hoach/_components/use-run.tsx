"use client";
// Runs a plan action, shows the server's Vietnamese answer, and refreshes the page on success.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";

export function useRun() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = <T,>(call: () => Promise<ActionResult<T>>, okText: string, after?: (data: T) => void) =>
    start(async () => {
      const result = await call();
      if (result.ok) {
        setMessage({ ok: true, text: okText });
        after?.(result.data);
        router.refresh();
      } else setMessage({ ok: false, text: result.message });
    });
  return { pending, message, run };
}

export function Feedback({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null;
  return <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</p>;
}

export const inputClass = "w-full rounded border border-slate-300 px-2 py-1.5 text-sm";
export const buttonClass = "rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60";
