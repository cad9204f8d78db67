"use client";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { addNextPlanYearAction } from "./actions";

export function AddPlanYearButton({ year }: { year: number }) {
  const t = useTranslations("planYears");
  const { pending, message, run } = useAction(addNextPlanYearAction, { success: (d) => t("added", { year: d.year }) });
  return (
    <div className="mb-4 rounded border border-slate-200 bg-white p-3 text-sm">
      <ActionButton type="button" className="rounded bg-blue-700 px-3 py-1.5 text-white disabled:opacity-60" disabled={pending} onClick={() => run({})}>{t("addNext", { year })}</ActionButton>
      <p className="mt-1 text-xs text-slate-600">{t("addNextHint", { year })}</p>
      {message ? <p role={message.ok ? "status" : "alert"} className={`mt-1 ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</p> : null}
    </div>
  );
}
