"use client";
// The one hook for calling a server action from a client component: pending state, the typed
// result, the message to show and the field errors. Forms keep their own values, so nothing typed
// is lost whatever the server answers; on success the page's server components are refreshed.
// Actions come in as arguments (props or the page-level component's import from app/), so
// components/ never imports from app/ (docs/decisions/017).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";

export type ActionMessage = { ok: boolean; text: string };

export type RunOptions<T> = {
  /** Text shown on success, or null for none (the default). */
  success?: string | null | ((data: T) => string | null);
  /** Put before the server's message on failure ("Chưa lưu được. …"). */
  failurePrefix?: string;
  onSuccess?: (data: T) => void;
  /** Told the text shown on failure, for forms that keep one status line of their own. */
  onFailure?: (text: string) => void;
  /** Refresh the server components after a success; true unless said otherwise. */
  refresh?: boolean | ((data: T) => boolean);
};

const NO_ERRORS: Record<string, string> = {};

/** Runs any action call; for components that call more than one action. */
export function useActionRunner() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [message, setMessage] = useState<ActionMessage | null>(null);

  const run = <T,>(call: () => Promise<ActionResult<T>>, options: RunOptions<T> = {}) =>
    start(async () => {
      const answer = await call();
      setResult(answer);
      if (!answer.ok) {
        const text = options.failurePrefix ? `${options.failurePrefix} ${answer.message}` : answer.message;
        setMessage({ ok: false, text });
        options.onFailure?.(text);
        return;
      }
      const text = typeof options.success === "function" ? options.success(answer.data) : (options.success ?? null);
      setMessage(text === null ? null : { ok: true, text });
      options.onSuccess?.(answer.data);
      const refresh = typeof options.refresh === "function" ? options.refresh(answer.data) : (options.refresh ?? true);
      if (refresh) router.refresh();
    });

  const reset = () => {
    setResult(null);
    setMessage(null);
  };
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? NO_ERRORS) : NO_ERRORS;
  return { pending, result, message, fieldErrors, run, reset, setMessage };
}

/** One action, bound: `run(input)` calls it with the options given here, overridable per call. */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, defaults: RunOptions<T> = {}) {
  const runner = useActionRunner();
  const run = (input: I, options: RunOptions<T> = {}) => runner.run(() => action(input), { ...defaults, ...options });
  return { ...runner, result: runner.result as ActionResult<T> | null, run };
}
