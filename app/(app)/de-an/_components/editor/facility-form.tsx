"use client";
// Inline creation of a cơ sở CNNT. The server validates the tax code and refuses duplicates,
// pointing to the existing facility; the form keeps what was typed.
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { createFacilityAction } from "../../actions";
import { CommuneSelect } from "@/app/(app)/co-so/_components/commune-select";
import { Field, inputClass } from "./fields";
import type { EditorOptions, Picked } from "./types";

const KINDS = ["SME", "COOPERATIVE", "COOPERATIVE_UNION", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS", "OTHER_ENTERPRISE"] as const;
const SIZES = ["MICRO", "SMALL", "MEDIUM", "LARGE", "NOT_APPLICABLE"] as const;

export function FacilityForm({ provinces, onCreated, onCancel }: { provinces: EditorOptions["provinces"]; onCreated: (f: Picked) => void; onCancel: () => void }) {
  const t = useTranslations();
  const [form, setForm] = useState({ taxCode: "", name: "", kind: "HOUSEHOLD_BUSINESS", size: "MICRO", industry: "", provinceId: provinces[0]?.id ?? "", communeId: "", addressLine: "", inCraftVillage: false, craftVillageName: "", womenOwned: false, ownerName: "", ownerPhone: "" });
  const { pending, message, fieldErrors: errors, run } = useAction(createFacilityAction, { refresh: false, onSuccess: onCreated });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const submit = () => run(form);
  const text = (key: "taxCode" | "name" | "industry" | "addressLine" | "craftVillageName" | "ownerName" | "ownerPhone", label: string) => (
    <Field label={label} error={errors[key]}>
      <input className={inputClass(errors[key])} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </Field>
  );
  return (
    <div className="mt-3 rounded border border-blue-200 bg-blue-50 p-3" data-testid="facility-form">
      {message ? <p role="alert" className="mb-2 text-sm text-red-700">{message.text}</p> : null}
      <div className="grid grid-cols-1 gap-2 md:grid-cols-3">
        {text("taxCode", t("editor.taxCode"))}
        {text("name", t("editor.facilityName"))}
        {text("industry", t("editor.industry"))}
        <Field label={t("editor.facilityKind")} error={errors.kind}>
          <select className={inputClass()} value={form.kind} onChange={(e) => set({ kind: e.target.value })}>{KINDS.map((k) => <option key={k} value={k}>{t(`facilityKind.${k}`)}</option>)}</select>
        </Field>
        <Field label={t("editor.facilitySize")} error={errors.size}>
          <select className={inputClass()} value={form.size} onChange={(e) => set({ size: e.target.value })}>{SIZES.map((k) => <option key={k} value={k}>{t(`facilitySize.${k}`)}</option>)}</select>
        </Field>
        <Field label={t("editor.province")} error={errors.provinceId}>
          <select className={inputClass()} value={form.provinceId} onChange={(e) => set({ provinceId: e.target.value, communeId: "" })}>{provinces.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select>
        </Field>
        <Field label={t("facilities.commune")} error={errors.communeId}>
          <CommuneSelect provinceId={form.provinceId} value={form.communeId} onChange={(communeId) => set({ communeId })} className={inputClass(errors.communeId)} />
        </Field>
        {text("addressLine", t("editor.address"))}
        {text("ownerName", t("editor.ownerName"))}
        {text("ownerPhone", t("editor.ownerPhone"))}
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={form.inCraftVillage} onChange={(e) => set({ inCraftVillage: e.target.checked })} />{t("editor.craftVillage")}</label>
        {form.inCraftVillage ? text("craftVillageName", t("editor.craftVillageName")) : null}
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={form.womenOwned} onChange={(e) => set({ womenOwned: e.target.checked })} />{t("editor.womenOwned")}</label>
      </div>
      <div className="mt-2 flex gap-2">
        <ActionButton type="button" className="rounded bg-blue-700 px-3 py-1 text-sm text-white" disabled={pending} onClick={submit}>{t("editor.saveFacility")}</ActionButton>
        <ActionButton type="button" className="rounded border px-3 py-1 text-sm" onClick={onCancel}>{t("editor.cancel")}</ActionButton>
      </div>
    </div>
  );
}
