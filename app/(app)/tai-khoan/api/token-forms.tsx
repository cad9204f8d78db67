"use client";
// The create form keeps the new token in its own state only: it is shown once, here, and gone
// on the next visit (the page lists prefixes).
import { DateInput } from "@/components/forms/date-input";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

/** `defaultExpiresOn`: the server's today + `defaultDays`; every new token expires (ASVS 7.2.2). */
export function CreateTokenForm({ maxDays, defaultDays, defaultExpiresOn }: { maxDays: number; defaultDays: number; defaultExpiresOn: string }) {
  const t = useTranslations("apiTokens");
  const [name, setName] = useState("");
  const [expiresOn, setExpiresOn] = useState(defaultExpiresOn);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const { pending, message, fieldErrors, run } = useAction(createApiTokenAction, { onSuccess: (data) => (setCreated(data), setName(""), setExpiresOn(defaultExpiresOn)) });
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          {t("name")}
          <input className="w-72 rounded border border-slate-300 px-2 py-1" value={name} placeholder={t("namePlaceholder")} maxLength={80} onChange={(e) => setName(e.target.value)} aria-invalid={Boolean(fieldErrors.name)} />
          {fieldErrors.name ? <span className="text-xs text-red-700">{fieldErrors.name}</span> : null}
        </label>
        <label className="flex flex-col text-sm">
          {t("expiresOn")}
          <DateInput className="rounded border border-slate-300 px-2 py-1" value={expiresOn} onChange={setExpiresOn} invalid={Boolean(fieldErrors.expiresOn)} />
          <span className={`text-xs ${fieldErrors.expiresOn ? "text-red-700" : "text-slate-500"}`}>{fieldErrors.expiresOn ?? t("expiresHint", { days: maxDays, defaultDays })}</span>
        </label>
        <ActionButton className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800 disabled:opacity-60" disabled={pending} onClick={() => run({ name, expiresOn })}>{t("create")}</ActionButton>
      </div>
      {/* A refusal about one field is shown under that field only. */}
      {message && !message.ok && Object.keys(fieldErrors).length === 0 ? <Feedback message={message} /> : null}
      {created ? (
        <div role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm" data-testid="new-token">
          <p className="font-semibold">{t("createdTitle")}</p>
          <p className="mt-1">{t("createdNote", { name: created.name })}</p>
          <code className="mt-2 block select-all break-all rounded bg-white px-2 py-1 font-mono">{created.token}</code>
        </div>
      ) : null}
    </div>
  );
}

export function RevokeTokenButton({ id, prefix }: { id: string; prefix: string }) {
  const t = useTranslations("apiTokens");
  const { pending, message, run } = useAction(revokeApiTokenAction, { success: t("revoked") });
  const revoke = () => {
    if (window.confirm(t("revokeConfirm", { prefix }))) run({ id });
  };
  return (
    <>
      <ActionButton className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-700 hover:bg-red-50 disabled:opacity-60" disabled={pending} onClick={revoke}>{t("revoke")}</ActionButton>
      <Feedback message={message} className="text-xs" />
    </>
  );
}
