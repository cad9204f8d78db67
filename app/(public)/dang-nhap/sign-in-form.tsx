"use client";
import { ActionButton } from "@/components/ui/action-button";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import { useActionRunner } from "@/components/forms/use-action";
import { parseLockErrorCode } from "@/lib/auth/throttle-rules";
import { formatDateTime } from "@/lib/format";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { pending, message, run, setMessage } = useActionRunner();
  const error = message?.text ?? null;

  // next-auth's signIn is not a server action; its answer is put in the same result shape.
  async function attempt(): Promise<ActionResult<null>> {
    try {
      const result = await signIn("credentials", { email, password, redirect: false, callbackUrl });
      if (result && !result.error) return { ok: true, data: null };
      // next-auth reports a wrong password as "CredentialsSignin" and a lock by the code authorize
      // threw (lib/auth/throttle-rules.ts); anything else is a system fault.
      setPassword("");
      if (result?.error === "CredentialsSignin") return { ok: false, code: "UNAUTHENTICATED", message: t("invalid") };
      const lock = parseLockErrorCode(result?.error);
      if (lock) return { ok: false, code: "UNAUTHENTICATED", message: t(lock.kind === "account" ? "locked" : "addressLocked", { until: formatDateTime(lock.until) }) };
      return { ok: false, code: "UNEXPECTED", message: t("unavailable") };
    } catch {
      return { ok: false, code: "UNEXPECTED", message: t("unavailable") };
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setMessage({ ok: false, text: t("missing") });
      return;
    }
    setMessage(null);
    run(attempt, { refresh: false, onSuccess: () => window.location.assign(callbackUrl) });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{t("email")}</span>
        <input name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} className="w-full rounded border border-slate-300 px-3 py-2" />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{t("password")}</span>
        <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} className="w-full rounded border border-slate-300 px-3 py-2" />
      </label>
      <ActionButton type="submit" disabled={pending} className="w-full rounded bg-blue-700 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </ActionButton>
    </form>
  );
}
