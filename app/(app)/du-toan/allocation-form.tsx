"use client";
// The warning is computed on the server. A first submit without confirmation comes back with the
// warnings unsaved; the user then confirms with a reason and the server checks again.
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { recordAllocationAction } from "./actions";

type Receiver = { id: string; name: string; planned: boolean };
type Warning = { code: string; message: string };

const EMPTY = { receiverId: "", amount: "", allocatedOn: "", documentRef: "", note: "" };

export function AllocationForm({ year, source, sourceLabel, receivers }: { year: number; source: string; sourceLabel: string; receivers: Receiver[] }) {
  const t = useTranslations("allocations");
  const [form, setForm] = useState(EMPTY);
  const [warnings, setWarnings] = useState<Warning[] | null>(null);
  const [reason, setReason] = useState("");
  const { pending, message, fieldErrors: errors, run } = useAction(recordAllocationAction);
  const set = (patch: Partial<typeof EMPTY>) => {
    setForm((f) => ({ ...f, ...patch }));
    setWarnings(null);
  };
  // A first answer may be "needs confirmation": nothing was saved, so nothing is refreshed.
  const submit = (confirmed: boolean) =>
    run({ ...form, planYear: year, fundingSource: source, confirmed, reason: confirmed ? reason : "" }, {
      success: (data) => (data.status === "NEEDS_CONFIRMATION" ? null : t("saved")),
      refresh: (data) => data.status !== "NEEDS_CONFIRMATION",
      onSuccess: (data) => {
        if (data.status === "NEEDS_CONFIRMATION") return setWarnings(data.warnings);
        setForm(EMPTY);
        setWarnings(null);
        setReason("");
      },
    });
  const field = (key: keyof typeof EMPTY, label: string, type = "text") => (
    <label className="flex flex-col text-sm">
      <span>{label}</span>
      <input type={type} className={`rounded border px-2 py-1 ${errors[key] ? "border-red-500" : "border-slate-300"}`} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
      {errors[key] ? <span role="alert" className="text-xs text-red-700">{errors[key]}</span> : null}
    </label>
  );
  const planned = receivers.filter((r) => r.planned);
  const others = receivers.filter((r) => !r.planned);
  return (
    <section className="rounded border border-slate-200 bg-white p-4" aria-label={t("formTitle", { source: sourceLabel, year })}>
      <h2 className="font-semibold">{t("formTitle", { source: sourceLabel, year })}</h2>
      <p className="mb-2 text-xs text-slate-500">{t("formHint")}</p>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-5">
        <label className="flex flex-col text-sm md:col-span-2">
          <span>{t("receiver")}</span>
          <select className={`rounded border px-2 py-1 ${errors.receiverId ? "border-red-500" : "border-slate-300"}`} value={form.receiverId} onChange={(e) => set({ receiverId: e.target.value })}>
            <option value="">{t("chooseReceiver")}</option>
            <optgroup label={t("plannedGroup")}>{planned.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}</optgroup>
            <optgroup label={t("otherGroup")}>{others.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}</optgroup>
          </select>
          {errors.receiverId ? <span role="alert" className="text-xs text-red-700">{errors.receiverId}</span> : null}
        </label>
        {field("amount", t("amountInput"))}
        {field("allocatedOn", t("dateInput"), "date")}
        {field("documentRef", t("documentRefInput"))}
        <div className="md:col-span-5">{field("note", t("noteInput"))}</div>
      </div>
      {warnings ? (
        <div role="alert" className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="allocation-warning">
          <p className="font-semibold text-amber-900">{t("warningTitle")}</p>
          <p>{t("warningIntro")}</p>
          <ul className="ml-5 list-disc">{warnings.map((w) => <li key={w.code}>{w.message}</li>)}</ul>
          <label className="mt-2 flex flex-col">
            <span>{t("reason")}</span>
            <textarea className={`rounded border px-2 py-1 ${errors.reason ? "border-red-500" : "border-slate-300"}`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
            {errors.reason ? <span className="text-xs text-red-700">{errors.reason}</span> : null}
          </label>
          <div className="mt-2 flex gap-2">
            <ActionButton type="button" className="rounded bg-amber-700 px-3 py-1.5 text-white disabled:opacity-60" disabled={pending} onClick={() => submit(true)}>{t("confirm")}</ActionButton>
            <ActionButton type="button" className="rounded border border-slate-300 px-3 py-1.5" onClick={() => setWarnings(null)}>{t("cancel")}</ActionButton>
          </div>
        </div>
      ) : (
        <ActionButton type="button" className="mt-3 rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={() => submit(false)}>{t("save")}</ActionButton>
      )}
      {message ? <p role={message.ok ? "status" : "alert"} className={`mt-2 text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</p> : null}
    </section>
  );
}
