"use client";
// A cơ sở CNNT typed in the đề án editor. It is part of the draft and created by the đề án save,
// in the same transaction (lib/projects/draft.ts): a refused save creates nothing, and the values
// stay here with the server's messages (tax code, duplicates, commune) beside each field.
import { ActionButton } from "@/components/ui/action-button";
import { useTranslations } from "next-intl";
import { CommuneSelect } from "@/app/(app)/co-so/_components/commune-select";
import { Field, inputClass } from "./fields";
import type { EditorOptions, NewFacility } from "./types";

const KINDS = ["SME", "COOPERATIVE", "COOPERATIVE_UNION", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS", "OTHER_ENTERPRISE"] as const;
const SIZES = ["MICRO", "SMALL", "MEDIUM", "LARGE", "NOT_APPLICABLE"] as const;

export function FacilityForm({ value, onChange, onRemove, provinces, errors }: {
  value: NewFacility; onChange: (patch: Partial<NewFacility>) => void; onRemove: () => void; provinces: EditorOptions["provinces"]; errors: Record<string, string>;
}) {
  const t = useTranslations();
  const text = (key: "taxCode" | "name" | "industry" | "addressLine" | "craftVillageName" | "ownerName" | "ownerPhone", label: string) => (
    <Field label={label} error={errors[key]}>
      <input className={inputClass(errors[key])} value={value[key]} onChange={(e) => onChange({ [key]: e.target.value })} />
    </Field>
  );
  return (
    <div className="mt-3 rounded border border-blue-200 bg-blue-50 p-3" data-testid="facility-form">
      <p className="mb-2 text-xs text-slate-600">{t("editor.newFacilityHint")}</p>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-3">
        {text("taxCode", t("editor.taxCode"))}
        {text("name", t("editor.facilityName"))}
        {text("industry", t("editor.industry"))}
        <Field label={t("editor.facilityKind")} error={errors.kind}>
          <select className={inputClass(errors.kind)} value={value.kind} onChange={(e) => onChange({ kind: e.target.value as NewFacility["kind"] })}>{KINDS.map((k) => <option key={k} value={k}>{t(`facilityKind.${k}`)}</option>)}</select>
        </Field>
        <Field label={t("editor.facilitySize")} error={errors.size}>
          <select className={inputClass(errors.size)} value={value.size} onChange={(e) => onChange({ size: e.target.value as NewFacility["size"] })}>{SIZES.map((k) => <option key={k} value={k}>{t(`facilitySize.${k}`)}</option>)}</select>
        </Field>
        <Field label={t("editor.province")} error={errors.provinceId}>
          <select className={inputClass(errors.provinceId)} value={value.provinceId} onChange={(e) => onChange({ provinceId: e.target.value, communeId: null })}>{provinces.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select>
        </Field>
        <Field label={t("facilities.commune")} error={errors.communeId}>
          <CommuneSelect provinceId={value.provinceId} value={value.communeId ?? ""} onChange={(communeId) => onChange({ communeId: communeId || null })} className={inputClass(errors.communeId)} />
        </Field>
        {text("addressLine", t("editor.address"))}
        {text("ownerName", t("editor.ownerName"))}
        {text("ownerPhone", t("editor.ownerPhone"))}
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={value.inCraftVillage} onChange={(e) => onChange({ inCraftVillage: e.target.checked })} />{t("editor.craftVillage")}</label>
        {value.inCraftVillage ? text("craftVillageName", t("editor.craftVillageName")) : null}
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={value.womenOwned} onChange={(e) => onChange({ womenOwned: e.target.checked })} />{t("editor.womenOwned")}</label>
      </div>
      <div className="mt-2">
        <ActionButton type="button" className="rounded border px-3 py-1 text-sm text-red-700 hover:bg-red-50" onClick={onRemove}>{t("editor.removeNewFacility")}</ActionButton>
      </div>
    </div>
  );
}
