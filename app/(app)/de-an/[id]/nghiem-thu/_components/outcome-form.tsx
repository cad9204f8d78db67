"use client";
// Outcome indicators of one beneficiary, before and after; blank means "not reported" (stored as
// null, never 0). A follow-up is dated 1–3 years after the acceptance.
import { DateInput } from "@/components/forms/date-input";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Feedback } from "@/components/forms/feedback";
import { ActionButton } from "@/components/ui/action-button";
import { recordOutcomeAction } from "../actions";

type Option = { id: string; name: string };
const INDICATORS = ["productionValue", "revenue", "jobs", "averageIncome", "products", "machinery"] as const;
const blank = () => Object.fromEntries(INDICATORS.flatMap((k) => [[`${k}Before`, ""], [`${k}After`, ""]])) as Record<string, string>;

export function OutcomeForm({ projectId, acceptances, beneficiaries }: { projectId: string; acceptances: Option[]; beneficiaries: Option[] }) {
  const t = useTranslations("acceptance");
  const [acceptanceId, setAcceptanceId] = useState(acceptances[0]?.id ?? "");
  const [beneficiaryId, setBeneficiaryId] = useState(beneficiaries[0]?.id ?? "");
  const [timing, setTiming] = useState<"AT_ACCEPTANCE" | "FOLLOW_UP">("AT_ACCEPTANCE");
  const [recordedOn, setRecordedOn] = useState("");
  const [note, setNote] = useState("");
  const [values, setValues] = useState(blank);
  const { pending, message, fieldErrors: errors, run } = useAction(recordOutcomeAction, { success: t("outcomeSaved") });
  const submit = () => run({ projectId, acceptanceId, beneficiaryId, timing, recordedOn: timing === "FOLLOW_UP" ? recordedOn : "", note, ...values }, { onSuccess: () => setValues(blank()) });
  const select = (label: string, value: string, set: (v: string) => void, options: Option[], error?: string) => (
    <label className="flex flex-col text-sm">
      <span>{label}</span>
      <select className={`rounded border px-2 py-1 ${error ? "border-red-500" : "border-slate-300"}`} value={value} onChange={(e) => set(e.target.value)}>
        {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
      {error ? <span role="alert" className="text-xs text-red-700">{error}</span> : null}
    </label>
  );
  return (
    <section className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-label={t("outcomeTitle")}>
      <h2 className="font-semibold">{t("outcomeTitle")}</h2>
      <p className="text-xs text-slate-500">{t("outcomeHint")}</p>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-4">
        {select(t("acceptanceLabel"), acceptanceId, setAcceptanceId, acceptances)}
        {select(t("beneficiary"), beneficiaryId, setBeneficiaryId, beneficiaries, errors.beneficiaryId)}
        {select(t("timing"), timing, (v) => setTiming(v as typeof timing), [{ id: "AT_ACCEPTANCE", name: t("timingAT_ACCEPTANCE") }, { id: "FOLLOW_UP", name: t("timingFOLLOW_UP") }])}
        {timing === "FOLLOW_UP" ? (
          <label className="flex flex-col text-sm">
            <span>{t("recordedOn")}</span>
            <DateInput className={`rounded border px-2 py-1 ${errors.recordedOn ? "border-red-500" : "border-slate-300"}`} value={recordedOn} invalid={Boolean(errors.recordedOn)} onChange={setRecordedOn} />
            {errors.recordedOn ? <span role="alert" className="text-xs text-red-700">{errors.recordedOn}</span> : null}
          </label>
        ) : null}
      </div>
      <div className="overflow-x-auto">
      <table className="text-sm">
        <thead><tr className="text-left"><th>{t("indicator")}</th><th>{t("before")}</th><th>{t("after")}</th></tr></thead>
        <tbody>
          {INDICATORS.map((k) => (
            <tr key={k}>
              <td className="pr-3">{t(`indicators.${k}`)}</td>
              {(["Before", "After"] as const).map((side) => (
                <td key={side} className="pr-2">
                  <input aria-label={`${t(`indicators.${k}`)} — ${t(side === "Before" ? "before" : "after")}`} inputMode="decimal" className={`w-32 rounded border px-2 py-1 ${errors[`${k}${side}`] ? "border-red-500" : "border-slate-300"}`} value={values[`${k}${side}`]} onChange={(e) => setValues((v) => ({ ...v, [`${k}${side}`]: e.target.value }))} />
                  {errors[`${k}${side}`] ? <span role="alert" className="block text-xs text-red-700">{errors[`${k}${side}`]}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <label className="flex flex-col text-sm"><span>{t("note")}</span><input className="rounded border border-slate-300 px-2 py-1" value={note} onChange={(e) => setNote(e.target.value)} /></label>
      <ActionButton type="button" className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={submit}>{t("saveOutcome")}</ActionButton>
      <Feedback message={message} />
    </section>
  );
}
