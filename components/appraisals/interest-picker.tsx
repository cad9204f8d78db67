"use client";
// "Kê khai quan hệ" of a council member: the implementers and beneficiary facilities of the year's
// đề án the member has a relationship with (a recusal ground, lib/appraisals/conflict.ts). A
// visible label, a search box and checkboxes instead of a bare multi-select of ids.
import { useId, useState } from "react";
import { useTranslations } from "next-intl";

type Option = { id: string; name: string };

export function InterestPicker({ label, options, value, onChange }: { label: string; options: Option[]; value: string[]; onChange: (v: string[]) => void }) {
  const t = useTranslations("appraisalSheet");
  const [query, setQuery] = useState("");
  const id = useId();
  const q = query.trim().toLocaleLowerCase("vi");
  const shown = options.filter((o) => value.includes(o.id) || o.name.toLocaleLowerCase("vi").includes(q)).slice(0, 50);
  const toggle = (oid: string) => onChange(value.includes(oid) ? value.filter((v) => v !== oid) : [...value, oid]);
  return (
    <fieldset className="w-72 rounded border border-slate-200 p-2 text-sm">
      <legend className="px-1 font-medium">{label}</legend>
      <label htmlFor={`${id}-q`} className="block text-xs text-slate-600">{t("interestSearch")}</label>
      <input id={`${id}-q`} type="search" className="mb-1 w-full rounded border border-slate-300 px-2 py-1" value={query} onChange={(e) => setQuery(e.target.value)} />
      <p className="text-xs text-slate-600">{t("interestChosen", { count: value.length })}</p>
      <ul className="max-h-32 overflow-y-auto">
        {shown.map((o) => (
          <li key={o.id}><label className="flex items-start gap-2"><input type="checkbox" checked={value.includes(o.id)} onChange={() => toggle(o.id)} />{o.name}</label></li>
        ))}
        {shown.length === 0 ? <li className="text-xs text-slate-500">{t("interestNone")}</li> : null}
      </ul>
    </fieldset>
  );
}
