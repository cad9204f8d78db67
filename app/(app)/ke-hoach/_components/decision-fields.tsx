"use client";
// Số, ký hiệu, ngày ký, ngày hiệu lực, người ký of a decision (reference §7: stored apart).
import { useTranslations } from "next-intl";
import { inputClass } from "./form-styles";

export type DecisionDraft = { number: string; symbol: string; issuedOn: string; effectiveOn: string; signer: string };

export function toDecisionInput(d: DecisionDraft) {
  return { number: d.number, symbol: d.symbol, issuedOn: d.issuedOn, signer: d.signer, ...(d.effectiveOn ? { effectiveOn: d.effectiveOn } : {}) };
}

export function DecisionFields({ value, onChange }: { value: DecisionDraft; onChange: (v: DecisionDraft) => void }) {
  const t = useTranslations("plans.decision");
  const field = (key: keyof DecisionDraft, type = "text") => (
    <label className="block text-sm">
      <span className="mb-1 block">{t(key)}</span>
      <input type={type} className={inputClass} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} />
    </label>
  );
  return (
    <div className="grid gap-2 sm:grid-cols-5">
      {field("number")}
      {field("symbol")}
      {field("issuedOn", "date")}
      {field("effectiveOn", "date")}
      {field("signer")}
    </div>
  );
}
