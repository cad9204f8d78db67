"use client";
// Số, ký hiệu, ngày ký, ngày hiệu lực, người ký of a decision (reference §7: stored apart). An
// effective date before signing (hồi tố) opens a reason and a confirmation (decision 038).
import { useTranslations } from "next-intl";
import { DateInput } from "@/components/forms/date-input";
import { inputClass } from "./form-styles";

export type DecisionDraft = { number: string; symbol: string; issuedOn: string; effectiveOn: string; signer: string; retroactiveReason: string; confirmRetroactive: boolean };

export const emptyDecision = (symbol: string): DecisionDraft => ({ number: "", symbol, issuedOn: "", effectiveOn: "", signer: "", retroactiveReason: "", confirmRetroactive: false });

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Both days typed in full and the effective one earlier: ISO text compares as the calendar does. */
export function isRetroactive(d: DecisionDraft): boolean {
  return ISO.test(d.issuedOn) && ISO.test(d.effectiveOn) && d.effectiveOn < d.issuedOn;
}

export function toDecisionInput(d: DecisionDraft) {
  const retro = isRetroactive(d);
  return {
    number: d.number,
    symbol: d.symbol,
    issuedOn: d.issuedOn,
    signer: d.signer,
    ...(d.effectiveOn ? { effectiveOn: d.effectiveOn } : {}),
    retroactiveReason: retro ? d.retroactiveReason : "",
    confirmRetroactive: retro && d.confirmRetroactive,
  };
}

export function DecisionFields({ value, onChange }: { value: DecisionDraft; onChange: (v: DecisionDraft) => void }) {
  const t = useTranslations("plans.decision");
  const tp = useTranslations("plans");
  const text = (key: "number" | "symbol" | "signer") => (
    <label className="block text-sm">
      <span className="mb-1 block">{t(key)}</span>
      <input type="text" className={inputClass} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} />
    </label>
  );
  const day = (key: "issuedOn" | "effectiveOn") => (
    <label className="block text-sm">
      <span className="mb-1 block">{t(key)}</span>
      <DateInput className={inputClass} value={value[key]} onChange={(v) => onChange({ ...value, [key]: v })} />
    </label>
  );
  return (
    <div className="space-y-2">
      <div className="grid gap-2 sm:grid-cols-5">
        {text("number")}
        {text("symbol")}
        {day("issuedOn")}
        {day("effectiveOn")}
        {text("signer")}
      </div>
      {isRetroactive(value) ? (
        <fieldset className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="retroactive-fields">
          <legend className="font-medium">{tp("retroactiveTitle")}</legend>
          <label className="block"><span className="mb-1 block">{tp("retroactiveReason")}</span><textarea rows={2} className={inputClass} value={value.retroactiveReason} onChange={(e) => onChange({ ...value, retroactiveReason: e.target.value })} /></label>
          <label className="flex items-center gap-2"><input type="checkbox" checked={value.confirmRetroactive} onChange={(e) => onChange({ ...value, confirmRetroactive: e.target.checked })} />{tp("retroactiveConfirm")}</label>
        </fieldset>
      ) : null}
    </div>
  );
}
