"use client";
// Closing a past year of the contract's ledger by its Mẫu 10 reconciliation (the Cục for KCQG,
// the SCT for KCĐP). Only ended years are offered; the server checks again.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { closeYearAction } from "./actions";

export function CloseYearForm({ contractId, years }: { contractId: string; years: number[] }) {
  const t = useTranslations("ledger.closing");
  const [year, setYear] = useState(String(years[years.length - 1] ?? ""));
  const [reference, setReference] = useState("");
  const { pending, message, fieldErrors: errors, run } = useAction(closeYearAction);
  return (
    <div className="mt-2 flex flex-wrap items-end gap-2" aria-label={t("title")}>
      <label className="flex flex-col text-sm">
        <span>{t("year")}</span>
        <select name="year" className="rounded border border-slate-300 px-2 py-1" value={year} onChange={(e) => setYear(e.target.value)}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        <span>{t("reference")}</span>
        <input name="reference" className={`rounded border px-2 py-1 ${errors.reference ? "border-red-500" : "border-slate-300"}`} value={reference} onChange={(e) => setReference(e.target.value)} />
        {errors.reference ? <span role="alert" className="text-xs text-red-700">{errors.reference}</span> : null}
      </label>
      <ActionButton className="rounded bg-slate-800 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={() => run({ contractId, year, reference }, { success: (d) => t("done", { year: String(d.year) }), onSuccess: () => setReference("") })}>{t("submit")}</ActionButton>
      <Feedback message={message} className="w-full text-sm" />
    </div>
  );
}
