"use client";
import { DateInput } from "@/components/forms/date-input";
import { ActionButton } from "@/components/ui/action-button";
import { useTranslations } from "next-intl";
import { Section, inputClass } from "./fields";
import type { Draft } from "./types";

export function WorkItems({ draft, update, errors, disabled }: { draft: Draft; update: (p: Partial<Draft>) => void; errors: Record<string, string>; disabled: boolean }) {
  const t = useTranslations("editor");
  const items = draft.workItems;
  const set = (i: number, patch: Partial<Draft["workItems"][number]>) => update({ workItems: items.map((w, j) => (j === i ? { ...w, ...patch } : w)) });
  const partners = draft.partners;
  const setPartner = (i: number, patch: Partial<Draft["partners"][number]>) => update({ partners: partners.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <Section title={t("workItems")}>
      <div className="space-y-2">
        {items.map((w, i) => (
          <div key={i} className="flex flex-wrap items-start gap-2">
            <input aria-label={`${t("workDescription")} ${i + 1}`} placeholder={t("workDescription")} className={`${inputClass(errors[`workItems.${i}.description`])} w-80`} value={w.description} disabled={disabled} onChange={(e) => set(i, { description: e.target.value })} />
            <input aria-label={`${t("responsible")} ${i + 1}`} placeholder={t("responsible")} className={`${inputClass()} w-48`} value={w.responsible} disabled={disabled} onChange={(e) => set(i, { responsible: e.target.value })} />
            <DateInput aria-label={`${t("start")} ${i + 1}`} className={inputClass(errors[`workItems.${i}.startDate`])} value={w.startDate} disabled={disabled} invalid={Boolean(errors[`workItems.${i}.startDate`])} onChange={(v) => set(i, { startDate: v })} />
            <DateInput aria-label={`${t("end")} ${i + 1}`} className={inputClass(errors[`workItems.${i}.endDate`])} value={w.endDate} disabled={disabled} invalid={Boolean(errors[`workItems.${i}.endDate`])} onChange={(v) => set(i, { endDate: v })} />
            {disabled ? null : <ActionButton type="button" className="text-xs text-red-700 hover:underline" onClick={() => update({ workItems: items.filter((_, j) => j !== i) })}>{t("remove")}</ActionButton>}
            {["description", "startDate", "endDate"].map((f) => errors[`workItems.${i}.${f}`] ? <span key={f} role="alert" className="w-full text-xs text-red-700">{errors[`workItems.${i}.${f}`]}</span> : null)}
          </div>
        ))}
        {disabled ? null : <ActionButton type="button" className="rounded border px-3 py-1 text-sm hover:bg-slate-100" onClick={() => update({ workItems: [...items, { description: "", responsible: "", startDate: "", endDate: "" }] })}>+ {t("addWork")}</ActionButton>}
      </div>
      <h3 className="mb-1 mt-4 font-medium">{t("partners")}</h3>
      <div className="space-y-2">
        {partners.map((p, i) => (
          <div key={i} className="flex flex-wrap gap-2">
            <input aria-label={`${t("partnerName")} ${i + 1}`} placeholder={t("partnerName")} className={`${inputClass(errors[`partners.${i}.name`])} w-80`} value={p.name} disabled={disabled} onChange={(e) => setPartner(i, { name: e.target.value })} />
            <input aria-label={`${t("partnerRole")} ${i + 1}`} placeholder={t("partnerRole")} className={`${inputClass()} w-64`} value={p.role} disabled={disabled} onChange={(e) => setPartner(i, { role: e.target.value })} />
            {disabled ? null : <ActionButton type="button" className="text-xs text-red-700 hover:underline" onClick={() => update({ partners: partners.filter((_, j) => j !== i) })}>{t("remove")}</ActionButton>}
          </div>
        ))}
        {disabled ? null : <ActionButton type="button" className="rounded border px-3 py-1 text-sm hover:bg-slate-100" onClick={() => update({ partners: [...partners, { name: "", role: "" }] })}>+ {t("addPartner")}</ActionButton>}
      </div>
    </Section>
  );
}
