"use client";
// Records an inspection: date, team (one member per line), findings, conclusion, and findings
// with a required action and an optional deadline. Values stay on any answer.
import { DateInput } from "@/components/forms/date-input";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { recordInspectionAction } from "./actions";

type Item = { description: string; requiredAction: string; dueOn: string };
const EMPTY_ITEM: Item = { description: "", requiredAction: "", dueOn: "" };
const EMPTY = { inspectedOn: "", team: "", findings: "", conclusion: "" };

export function InspectionForm({ projectId }: { projectId: string }) {
  const t = useTranslations("inspections");
  const [form, setForm] = useState(EMPTY);
  const [items, setItems] = useState<Item[]>([]);
  const { pending, message, fieldErrors: errors, run } = useAction(recordInspectionAction);
  const border = (key: string) => `rounded border px-2 py-1 ${errors[key] ? "border-red-500" : "border-slate-300"}`;
  const error = (key: string) => (errors[key] ? <span role="alert" className="text-xs text-red-700">{errors[key]}</span> : null);
  const setItem = (i: number, patch: Partial<Item>) => setItems((all) => all.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const submit = () =>
    run({ projectId, ...form, items }, {
      success: t("recorded"),
      onSuccess: () => {
        setForm(EMPTY);
        setItems([]);
      },
    });
  return (
    <div className="space-y-3 rounded border border-slate-200 bg-white p-4" data-testid="inspection-form">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <label className="flex flex-col text-sm"><span>{t("inspectedOn")}</span><DateInput className={border("inspectedOn")} value={form.inspectedOn} onChange={(v) => setForm({ ...form, inspectedOn: v })} />{error("inspectedOn")}</label>
        <label className="flex flex-col text-sm"><span>{t("team")}</span><textarea rows={3} className={border("team")} placeholder={t("teamHint")} value={form.team} onChange={(e) => setForm({ ...form, team: e.target.value })} />{error("team")}</label>
        <label className="flex flex-col text-sm"><span>{t("findingsText")}</span><textarea rows={3} className={border("findings")} value={form.findings} onChange={(e) => setForm({ ...form, findings: e.target.value })} />{error("findings")}</label>
        <label className="flex flex-col text-sm"><span>{t("conclusion")}</span><textarea rows={3} className={border("conclusion")} value={form.conclusion} onChange={(e) => setForm({ ...form, conclusion: e.target.value })} />{error("conclusion")}</label>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("items")}</legend>
        {items.map((it, i) => (
          <div key={i} className="grid grid-cols-1 gap-2 rounded border border-slate-100 p-2 md:grid-cols-7">
            <label className="flex flex-col text-sm md:col-span-3"><span>{t("itemDescription")}</span><input className={border(`items.${i}.description`)} value={it.description} onChange={(e) => setItem(i, { description: e.target.value })} />{error(`items.${i}.description`)}</label>
            <label className="flex flex-col text-sm md:col-span-2"><span>{t("requiredAction")}</span><input className={border(`items.${i}.requiredAction`)} value={it.requiredAction} onChange={(e) => setItem(i, { requiredAction: e.target.value })} />{error(`items.${i}.requiredAction`)}</label>
            <label className="flex flex-col text-sm"><span>{t("dueOn")}</span><DateInput className={border(`items.${i}.dueOn`)} value={it.dueOn} onChange={(v) => setItem(i, { dueOn: v })} />{error(`items.${i}.dueOn`)}</label>
            <ActionButton className="self-end rounded border border-slate-300 px-2 py-1 text-sm" onClick={() => setItems((all) => all.filter((_, j) => j !== i))}>{t("removeItem")}</ActionButton>
          </div>
        ))}
        <ActionButton className="rounded border border-slate-300 px-2 py-1 text-sm" onClick={() => setItems((all) => [...all, EMPTY_ITEM])}>{t("addItem")}</ActionButton>
      </fieldset>
      <ActionButton className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={submit}>{t("record")}</ActionButton>
      <Feedback message={message} />
    </div>
  );
}
