"use client";
// The fields a signing and an amendment share. Values stay as typed whatever the server answers.
import { useTranslations } from "next-intl";

export type ContractFieldValues = { signedOn: string; startsOn: string; endsOn: string; value: string; counterpartValue: string; terms: string };

export function ContractFields({ values, errors, onChange }: { values: ContractFieldValues; errors: Record<string, string>; onChange: (patch: Partial<ContractFieldValues>) => void }) {
  const t = useTranslations("contracts");
  const field = (key: keyof ContractFieldValues, label: string, type = "text") => (
    <label className="flex flex-col text-sm">
      <span>{label}</span>
      <input name={key} type={type} className={`rounded border px-2 py-1 ${errors[key] ? "border-red-500" : "border-slate-300"}`} value={values[key]} onChange={(e) => onChange({ [key]: e.target.value })} />
      {errors[key] ? <span role="alert" className="text-xs text-red-700">{errors[key]}</span> : null}
    </label>
  );
  return (
    <div className="grid grid-cols-1 gap-2 md:grid-cols-3">
      {field("signedOn", t("signedOn"), "date")}
      {field("startsOn", t("startsOn"), "date")}
      {field("endsOn", t("endsOn"), "date")}
      {field("value", t("valueInput"))}
      {field("counterpartValue", t("counterpartInput"))}
      <label className="flex flex-col text-sm md:col-span-3">
        <span>{t("terms")}</span>
        <textarea name="terms" rows={4} className={`rounded border px-2 py-1 ${errors.terms ? "border-red-500" : "border-slate-300"}`} value={values.terms} onChange={(e) => onChange({ terms: e.target.value })} />
        {errors.terms ? <span role="alert" className="text-xs text-red-700">{errors.terms}</span> : null}
      </label>
    </div>
  );
}
