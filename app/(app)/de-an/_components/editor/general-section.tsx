"use client";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import { Field, Section, inputClass } from "./fields";
import type { Draft, EditorOptions } from "./types";

const TEXTS = [
  ["needAndBasis", "needAndBasis"],
  ["objectives", "objectives"],
  ["scale", "scale"],
  ["arrangements", "arrangements"],
  ["expectedEffects", "effects"],
] as const;

export function GeneralSection({ draft, update, options, errors, disabled }: { draft: Draft; update: (p: Partial<Draft>) => void; options: EditorOptions; errors: Record<string, string>; disabled: boolean }) {
  const t = useTranslations();
  const year = options.years.find((y) => y.year === draft.planYear);
  const toggleContent = (id: string) => update({ contentCategoryIds: draft.contentCategoryIds.includes(id) ? draft.contentCategoryIds.filter((c) => c !== id) : [...draft.contentCategoryIds, id] });
  return (
    <Section title={t("editor.general")}>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field label={t("editor.title")} error={errors.title} wide>
          <input className={inputClass(errors.title)} value={draft.title} disabled={disabled} onChange={(e) => update({ title: e.target.value })} />
        </Field>
        <Field label={t("editor.planYear")} error={errors.planYear}>
          <select className={inputClass(errors.planYear)} value={draft.planYear} disabled={disabled} onChange={(e) => { const y = Number(e.target.value); update({ planYear: y, endYear: Math.max(y, draft.endYear), contentCategoryIds: [] }); }}>
            {options.years.some((y) => y.year === draft.planYear) ? null : <option value={draft.planYear}>{draft.planYear}</option>}
            {options.years.map((y) => (
              <option key={y.year} value={y.year}>{y.year} ({y.open ? t("editor.deadline", { date: formatDate(y.deadline, true) }) : t("editor.closed")})</option>
            ))}
          </select>
        </Field>
        <Field label={t("editor.endYear")} error={errors.endYear}>
          <input type="number" className={inputClass(errors.endYear)} value={draft.endYear} disabled={disabled} onChange={(e) => update({ endYear: Number(e.target.value) })} />
        </Field>
        <Field label={t("editor.source")} error={errors.fundingSource}>
          <select className={inputClass(errors.fundingSource)} value={draft.fundingSource} disabled={disabled} onChange={(e) => update({ fundingSource: e.target.value === "KCDP" ? "KCDP" : "KCQG", budgetLines: draft.budgetLines.map((l) => ({ ...l, supportNormId: null })) })}>
            <option value="KCQG">{t("fundingSource.KCQG")}</option>
            <option value="KCDP">{t("fundingSource.KCDP")}</option>
          </select>
        </Field>
        <Field label={t("editor.kind")} error={errors.kind}>
          <select className={inputClass(errors.kind)} value={draft.kind} disabled={disabled} onChange={(e) => update({ kind: e.target.value as Draft["kind"] })}>
            {(["STANDARD", "GROUP", "FLAGSHIP"] as const).map((k) => <option key={k} value={k}>{t(`projectKind.${k}`)}</option>)}
          </select>
        </Field>
        <Field label={t("editor.province")} error={errors.provinceId}>
          <select className={inputClass(errors.provinceId)} value={draft.provinceId ?? ""} disabled={disabled} onChange={(e) => update({ provinceId: e.target.value || null })}>
            <option value="">—</option>
            {options.provinces.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </Field>
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={draft.multiProvince} disabled={disabled} onChange={(e) => update({ multiProvince: e.target.checked })} />{t("editor.multiProvince")}</label>
        <Field label={t("editor.location")} error={errors.locationText} wide>
          <input className={inputClass(errors.locationText)} value={draft.locationText} disabled={disabled} onChange={(e) => update({ locationText: e.target.value })} />
        </Field>
        {TEXTS.map(([key, label]) => (
          <Field key={key} label={t(`editor.${label}`)} error={errors[key]} wide>
            <textarea rows={3} className={inputClass(errors[key])} value={draft[key]} disabled={disabled} onChange={(e) => update({ [key]: e.target.value })} />
          </Field>
        ))}
      </div>
      <fieldset className="mt-3">
        <legend className="text-sm font-medium text-slate-700">{t("editor.contents")}</legend>
        {errors.contentCategoryIds ? <p role="alert" className="text-xs text-red-700">{errors.contentCategoryIds}</p> : null}
        <div className="mt-1 grid grid-cols-1 gap-1 md:grid-cols-2">
          {(year?.categories ?? []).map((c) => (
            <label key={c.id} className="flex items-start gap-2 text-sm">
              <input type="checkbox" checked={draft.contentCategoryIds.includes(c.id)} disabled={disabled} onChange={() => toggleContent(c.id)} />
              <span>{c.code} {c.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </Section>
  );
}
