"use client";
// Choosing a password: the own change (current password first) and the one-time link share it.
// Every session ends on success, so the form then says to sign in again and offers the way.
import { useId, useState } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import { ActionButton } from "@/components/ui/action-button";
import { Feedback } from "./feedback";
import { useAction } from "./use-action";

type Input = { currentPassword?: string; newPassword: string; confirmPassword: string; token?: string };

type Props = {
  action: (input: Input) => Promise<ActionResult<unknown>>;
  /** Asks for the current password (own change); a link's token stands in for it otherwise. */
  token?: string;
  submitLabel: string;
  doneText: string;
};

async function signInAgain(): Promise<void> {
  // The session is already ended on the server; this clears the cookie on whatever origin is in use.
  await signOut({ redirect: false });
  window.location.assign("/dang-nhap");
}

export function PasswordForm({ action, token, submitLabel, doneText }: Props) {
  const t = useTranslations("account");
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [confirmPassword, setConfirm] = useState("");
  const [done, setDone] = useState(false);
  const formId = useId();
  const { pending, message, fieldErrors, run } = useAction(action, { refresh: false, onSuccess: () => setDone(true) });
  if (done) {
    return (
      <div role="status" className="space-y-3 rounded border border-emerald-300 bg-emerald-50 p-4 text-sm">
        <p>{doneText}</p>
        <ActionButton className="rounded bg-blue-700 px-3 py-1.5 text-white hover:bg-blue-800" onClick={signInAgain}>{token ? t("goSignIn") : t("signInAgain")}</ActionButton>
      </div>
    );
  }
  // The error is described by, not part of, the label: the field keeps its name while it is wrong.
  const field = (name: string, label: string, value: string, set: (v: string) => void, autoComplete: string) => (
    <div className="flex flex-col text-sm">
      <label htmlFor={`${formId}-${name}`}>{label}</label>
      <input id={`${formId}-${name}`} type="password" autoComplete={autoComplete} className="rounded border border-slate-300 px-2 py-1" value={value} onChange={(e) => set(e.target.value)} aria-invalid={Boolean(fieldErrors[name])} aria-describedby={fieldErrors[name] ? `${formId}-${name}-error` : undefined} />
      {fieldErrors[name] ? <span id={`${formId}-${name}-error`} className="text-xs text-red-700">{fieldErrors[name]}</span> : null}
    </div>
  );
  const submit = () => run(token ? { token, newPassword, confirmPassword } : { currentPassword, newPassword, confirmPassword });
  return (
    <form className="max-w-md space-y-3" onSubmit={(e) => (e.preventDefault(), submit())}>
      {token ? null : field("currentPassword", t("currentPassword"), currentPassword, setCurrent, "current-password")}
      {field("newPassword", t("newPassword"), newPassword, setNew, "new-password")}
      {field("confirmPassword", t("confirmPassword"), confirmPassword, setConfirm, "new-password")}
      <ActionButton type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800 disabled:opacity-60" disabled={pending}>{submitLabel}</ActionButton>
      {message && !message.ok && Object.keys(fieldErrors).length === 0 ? <Feedback message={message} /> : null}
    </form>
  );
}
