"use client";
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { addNormVersionAction } from "./actions";

const UNITS = ["PER_MODEL", "PER_FACILITY", "PER_LINE", "PER_CCN", "PER_BRAND", "PER_ROUND", "PER_PRODUCT", "PER_ENTERPRISE", "PER_CLUSTER", "PER_ASSOCIATION", "PER_PROJECT"] as const;

export function NormVersionForm({ provinces }: { provinces: { id: string; name: string }[] }) {
  const t = useTranslations("norms");
  const [form, setForm] = useState({ code: "", fundingSource: "KCQG", provinceId: "", costItem: "", maxRatePercent: "", capTrieu: "", capUnit: "", priorityMultiplier: "", cumulativePerFacility: false, severity: "SOFT", status: "BASELINE", legalBasis: "", validFrom: "" });
  const { pending, message, fieldErrors: errors, run } = useAction(addNormVersionAction, { success: t("added") });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const submit = () => run({ ...form, provinceId: form.provinceId || null, capUnit: form.capUnit || null });
  const input = (key: keyof typeof form, label: string, type = "text") => (
    <label className="flex flex-col text-sm">
      <span>{label}</span>
      <input type={type} className={`rounded border px-2 py-1 ${errors[key] ? "border-red-500" : "border-slate-300"}`} value={String(form[key])} onChange={(e) => set({ [key]: e.target.value })} />
      {errors[key] ? <span role="alert" className="text-xs text-red-700">{errors[key]}</span> : null}
    </label>
  );
  return (
    <details className="rounded border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer font-medium">{t("addTitle")}</summary>
      <p className="my-2 text-xs text-slate-500">{t("addHint")}</p>
      {message ? <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-emerald-700" : "text-sm text-red-700"}>{message.text}</p> : null}
      <div className="grid grid-cols-1 gap-2 md:grid-cols-4">
        {input("code", t("code"))}
        <label className="flex flex-col text-sm"><span>{t("source")}</span><select className="rounded border border-slate-300 px-2 py-1" value={form.fundingSource} onChange={(e) => set({ fundingSource: e.target.value })}><option value="KCQG">KCQG</option><option value="KCDP">KCĐP</option></select></label>
        <label className="flex flex-col text-sm"><span>{t("province")}</span><select className="rounded border border-slate-300 px-2 py-1" value={form.provinceId} onChange={(e) => set({ provinceId: e.target.value })}><option value="">{t("national")}</option>{provinces.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select>{errors.provinceId ? <span role="alert" className="text-xs text-red-700">{errors.provinceId}</span> : null}</label>
        {input("validFrom", t("validFrom"), "date")}
        {input("costItem", t("costItem"))}
        {input("maxRatePercent", `${t("rate")} (%)`)}
        {input("capTrieu", t("cap"))}
        <label className="flex flex-col text-sm"><span>{t("unit")}</span><select className="rounded border border-slate-300 px-2 py-1" value={form.capUnit} onChange={(e) => set({ capUnit: e.target.value })}><option value="">—</option>{UNITS.map((u) => <option key={u} value={u}>{u}</option>)}</select>{errors.capUnit ? <span role="alert" className="text-xs text-red-700">{errors.capUnit}</span> : null}</label>
        {input("priorityMultiplier", t("multiplier"))}
        <label className="flex flex-col text-sm"><span>{t("severity")}</span><select className="rounded border border-slate-300 px-2 py-1" value={form.severity} onChange={(e) => set({ severity: e.target.value })}><option value="HARD">{t("HARD")}</option><option value="SOFT">{t("SOFT")}</option></select></label>
        <label className="flex flex-col text-sm"><span>{t("status")}</span><select className="rounded border border-slate-300 px-2 py-1" value={form.status} onChange={(e) => set({ status: e.target.value })}><option value="CONFIRMED">{t("CONFIRMED")}</option><option value="BASELINE">{t("BASELINE")}</option></select></label>
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={form.cumulativePerFacility} onChange={(e) => set({ cumulativePerFacility: e.target.checked })} />{t("cumulative")}</label>
        {input("legalBasis", t("basis"))}
      </div>
      <ActionButton type="button" className="mt-2 rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={submit}>{t("add")}</ActionButton>
    </details>
  );
}
