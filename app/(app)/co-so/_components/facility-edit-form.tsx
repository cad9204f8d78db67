"use client";
// Editing a cơ sở CNNT. The version comes from the page, not the form state: after a conflict the
// page is refreshed, so the next save is checked against the edit the user has now seen, while
// what they typed stays in the form.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Feedback } from "@/components/forms/feedback";
import { ActionButton } from "@/components/ui/action-button";
import { FACILITY_KINDS, FACILITY_SIZES } from "@/lib/facilities/schemas";
import { Field, inputClass } from "@/app/(app)/de-an/_components/editor/fields";
import { editFacilityAction } from "../actions";
import { CommuneSelect } from "./commune-select";

export type EditValues = {
  taxCode: string; name: string; kind: string; size: string; industry: string; provinceId: string; communeId: string; addressLine: string;
  inCraftVillage: boolean; craftVillageName: string; womenOwned: boolean; ownerName: string; ownerPhone: string;
};
type TextKey = "taxCode" | "name" | "industry" | "addressLine" | "craftVillageName" | "ownerName" | "ownerPhone";

export function FacilityEditForm({ id, version, initial, provinces, kept }: { id: string; version: number; initial: EditValues; provinces: { id: string; name: string }[]; kept: { id: string; name: string } | null }) {
  const t = useTranslations();
  const router = useRouter();
  const [form, setForm] = useState(initial);
  const { pending, message, fieldErrors: errors, run } = useAction(editFacilityAction, {
    success: (r) => (r.changed ? t("facilities.saved") : t("facilities.noChanges")),
    onSuccess: () => router.push(`/co-so/${id}`),
    // A stale save: reload the page's version (and its recorded values) but keep the form's.
    onFailure: () => router.refresh(),
  });
  const set = (patch: Partial<EditValues>) => setForm((f) => ({ ...f, ...patch }));
  const text = (key: TextKey) => (
    <Field label={t(`facilities.field.${key}`)} error={errors[key]}>
      <input name={key} className={inputClass(errors[key])} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </Field>
  );
  return (
    <form className="space-y-3 rounded border border-slate-200 bg-white p-4" data-testid="facility-edit-form" onSubmit={(e) => { e.preventDefault(); run({ ...form, id, version }); }}>
      <Feedback message={message} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        {text("taxCode")}
        {text("name")}
        {text("industry")}
        <Field label={t("facilities.field.kind")} error={errors.kind}>
          <select name="kind" className={inputClass(errors.kind)} value={form.kind} onChange={(e) => set({ kind: e.target.value })}>{FACILITY_KINDS.map((k) => <option key={k} value={k}>{t(`facilityKind.${k}`)}</option>)}</select>
        </Field>
        <Field label={t("facilities.field.size")} error={errors.size}>
          <select name="size" className={inputClass(errors.size)} value={form.size} onChange={(e) => set({ size: e.target.value })}>{FACILITY_SIZES.map((k) => <option key={k} value={k}>{t(`facilitySize.${k}`)}</option>)}</select>
        </Field>
        <Field label={t("facilities.field.province")} error={errors.provinceId}>
          <select name="provinceId" className={inputClass(errors.provinceId)} value={form.provinceId} onChange={(e) => set({ provinceId: e.target.value, communeId: "" })}>{provinces.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select>
        </Field>
        <Field label={t("facilities.field.commune")} error={errors.communeId}>
          <CommuneSelect provinceId={form.provinceId} value={form.communeId} onChange={(communeId) => set({ communeId })} className={inputClass(errors.communeId)} kept={form.provinceId === initial.provinceId ? kept : null} />
        </Field>
        {text("addressLine")}
        {text("ownerName")}
        {text("ownerPhone")}
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={form.inCraftVillage} onChange={(e) => set({ inCraftVillage: e.target.checked })} />{t("facilities.field.inCraftVillage")}</label>
        {form.inCraftVillage ? text("craftVillageName") : null}
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={form.womenOwned} onChange={(e) => set({ womenOwned: e.target.checked })} />{t("facilities.field.womenOwned")}</label>
      </div>
      <p className="text-xs text-slate-500">{t("facilities.communeHint")}</p>
      <div className="flex gap-2">
        <ActionButton type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm text-white" disabled={pending}>{t("facilities.save")}</ActionButton>
        <Link href={`/co-so/${id}`} className="rounded border px-4 py-2 text-sm">{t("facilities.cancel")}</Link>
      </div>
    </form>
  );
}
