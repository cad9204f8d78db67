"use client";
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { DateInput } from "@/components/forms/date-input";
import { extendDeadlineAction } from "./actions";

export function ExtendDeadlineForm({ year }: { year: number }) {
  const t = useTranslations("planYears");
  const [until, setUntil] = useState("");
  const [reason, setReason] = useState("");
  const { pending, message, run } = useAction(extendDeadlineAction, { success: t("saved") });
  const save = () => run({ year, until, reason });
  return (
    <div className="flex flex-wrap items-end gap-1">
      <label className="flex flex-col text-xs">{t("until")}<DateInput aria-label={`${t("until")} ${year}`} className="w-28 rounded border border-slate-300 px-1 py-0.5" value={until} onChange={setUntil} /></label>
      <label className="flex flex-col text-xs">{t("reason")}<input aria-label={`${t("reason")} ${year}`} className="w-40 rounded border border-slate-300 px-1 py-0.5" value={reason} onChange={(e) => setReason(e.target.value)} /></label>
      <ActionButton type="button" className="rounded bg-blue-700 px-2 py-1 text-xs text-white disabled:opacity-60" disabled={pending} onClick={save}>{t("save")}</ActionButton>
      {message ? <span role={message.ok ? "status" : "alert"} className={`w-full text-xs ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</span> : null}
    </div>
  );
}
