"use client";
// Biên bản nghiệm thu (Mẫu 5a/5b/5c): one row per budget line; rows left without a quantity are
// not accepted. Amounts are triệu đồng as typed (vi-VN); the server parses and checks them.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Feedback } from "@/components/forms/feedback";
import { ActionButton } from "@/components/ui/action-button";
import { recordAcceptanceAction } from "../actions";

type Form = "MAU_5A" | "MAU_5B" | "MAU_5C";
type Line = { id: string; label: string; planned: string };
type Option = { id: string; name: string };
type Row = { quantity: string; supportValue: string; counterpartValue: string };

const EMPTY = { acceptedOn: "", beneficiaryId: "", location: "", members: "", workVolume: "", conclusion: "", forceMajeureReason: "" };

export function AcceptanceForm({ projectId, forms, lines, beneficiaries}: { projectId: string; forms: Form[]; lines: Line[]; beneficiaries: Option[] }) {
  const t = useTranslations("acceptance");
  const [form, setForm] = useState<Form>(forms[0] ?? "MAU_5B");
  const [fields, setFields] = useState(EMPTY);
  const [forceMajeure, setForceMajeure] = useState(false);
  const [rows, setRows] = useState<Row[]>(lines.map(() => ({ quantity: "", supportValue: "", counterpartValue: "" })));
  const { pending, message, fieldErrors: errors, run } = useAction(recordAcceptanceAction, { success: t("saved") });
  const set = (patch: Partial<typeof EMPTY>) => setFields((f) => ({ ...f, ...patch }));
  const setRow = (i: number, patch: Partial<Row>) => setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const chosen = lines.map((l, i) => ({ line: l, row: rows[i]!, index: i })).filter((x) => x.row.quantity.trim() !== "");
  const submit = () =>
    run(
      { projectId, form, ...fields, beneficiaryId: form === "MAU_5A" ? fields.beneficiaryId || null : null, forceMajeure, lines: chosen.map((x) => ({ budgetLineId: x.line.id, ...x.row })) },
      { onSuccess: () => { setFields(EMPTY); setForceMajeure(false); setRows(lines.map(() => ({ quantity: "", supportValue: "", counterpartValue: "" }))); } },
    );
  // Field errors of a line come back under its position among the rows sent.
  const lineError = (index: number, key: keyof Row) => errors[`lines.${chosen.findIndex((x) => x.index === index)}.${key}`];
  const input = (key: keyof typeof EMPTY, label: string, type = "text") => (
    <label className="flex flex-col text-sm">
      <span>{label}</span>
      <input type={type} className={`rounded border px-2 py-1 ${errors[key] ? "border-red-500" : "border-slate-300"}`} value={fields[key]} onChange={(e) => set({ [key]: e.target.value })} />
      {errors[key] ? <span role="alert" className="text-xs text-red-700">{errors[key]}</span> : null}
    </label>
  );
  const area = (key: keyof typeof EMPTY, label: string) => (
    <label className="flex flex-col text-sm md:col-span-2">
      <span>{label}</span>
      <textarea rows={3} className={`rounded border px-2 py-1 ${errors[key] ? "border-red-500" : "border-slate-300"}`} value={fields[key]} onChange={(e) => set({ [key]: e.target.value })} />
      {errors[key] ? <span role="alert" className="text-xs text-red-700">{errors[key]}</span> : null}
    </label>
  );
  return (
    <section className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-label={t("formTitle")}>
      <h2 className="font-semibold">{t("formTitle")}</h2>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="mb-1 font-medium">{t("formKind")}</legend>
        {forms.map((f) => (
          <label key={f} className="flex items-center gap-2"><input type="radio" name="form" checked={form === f} onChange={() => setForm(f)} />{t(`form.${f}`)}</label>
        ))}
      </fieldset>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
        {input("acceptedOn", t("acceptedOn"), "date")}
        {form === "MAU_5A" ? (
          <label className="flex flex-col text-sm">
            <span>{t("beneficiary")}</span>
            <select className={`rounded border px-2 py-1 ${errors.beneficiaryId ? "border-red-500" : "border-slate-300"}`} value={fields.beneficiaryId} onChange={(e) => set({ beneficiaryId: e.target.value })}>
              <option value="">{t("chooseBeneficiary")}</option>
              {beneficiaries.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select>
            {errors.beneficiaryId ? <span role="alert" className="text-xs text-red-700">{errors.beneficiaryId}</span> : null}
          </label>
        ) : null}
        {input("location", t("location"))}
        {area("members", t("members"))}
        {area("workVolume", t("workVolume"))}
      </div>
      <div className="overflow-x-auto">
      <table className="w-full text-sm [&_td]:px-2 [&_th]:px-2 [&_th]:font-medium">
        <caption className="text-left text-xs text-slate-500">{t("linesCaption")}</caption>
        <thead><tr className="text-left"><th>{t("item")}</th><th>{t("planned")}</th><th>{t("quantity")}</th><th>{t("supportValue")}</th><th>{t("counterpartValue")}</th></tr></thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={l.id}>
              <td className="pr-2">{l.label}</td>
              <td className="pr-2 text-slate-500">{l.planned}</td>
              {(["quantity", "supportValue", "counterpartValue"] as const).map((key) => (
                <td key={key} className="pr-2">
                  <input aria-label={`${t(key)} — ${l.label}`} inputMode="decimal" className={`w-28 rounded border px-2 py-1 ${lineError(i, key) ? "border-red-500" : "border-slate-300"}`} value={rows[i]![key]} onChange={(e) => setRow(i, { [key]: e.target.value })} />
                  {lineError(i, key) ? <span role="alert" className="block text-xs text-red-700">{lineError(i, key)}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {errors.lines ? <p role="alert" className="text-xs text-red-700">{errors.lines}</p> : null}
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={forceMajeure} onChange={(e) => setForceMajeure(e.target.checked)} />{t("forceMajeure")}</label>
      {forceMajeure ? area("forceMajeureReason", t("forceMajeureReason")) : null}
      {area("conclusion", t("conclusion"))}
      <ActionButton type="button" className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={submit}>{t("save")}</ActionButton>
      <Feedback message={message} />
    </section>
  );
}
