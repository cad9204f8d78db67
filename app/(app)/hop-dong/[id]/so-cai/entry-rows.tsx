"use client";
// The contract's entries with their reversal links, and per entry the two actions the actor may
// take: reverse it (a reversing entry with its own voucher, date and a required reason) or
// confirm it (a second pair of eyes). Rows arrive formatted from the server.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { confirmEntryAction, reverseEntryAction } from "./actions";
import { newFormKey } from "./form-key";

export type EntryRow = {
  id: string; kind: string; amount: string; source: string; occurredOn: string; voucher: string; treasury: string; note: string;
  recorded: string; confirmed: string | null; reverses: { id: string; voucher: string } | null; reversedBy: { id: string; voucher: string } | null;
  mayConfirm: boolean; mayReverse: boolean;
};

function ReverseForm({ entry, today, onDone }: { entry: EntryRow; today: string; onDone: () => void }) {
  const t = useTranslations("ledger");
  const [form, setForm] = useState({ reason: "", occurredOn: today, voucherRef: "" });
  const [key] = useState(newFormKey);
  const { pending, message, fieldErrors: errors, run } = useAction(reverseEntryAction);
  const field = (name: keyof typeof form, type = "text") => (
    <label className="flex flex-col text-xs">
      <span>{t(`reverse.${name}`)}</span>
      <input name={name} type={type} className={`rounded border px-2 py-1 ${errors[name] ? "border-red-500" : "border-slate-300"}`} value={form[name]} onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))} />
      {errors[name] ? <span role="alert" className="text-red-700">{errors[name]}</span> : null}
    </label>
  );
  return (
    <div className="mt-2 space-y-1 rounded border border-amber-300 bg-amber-50 p-2" aria-label={t("reverse.title", { voucher: entry.voucher })}>
      {field("reason")}
      {field("occurredOn", "date")}
      {field("voucherRef")}
      <div className="flex gap-2">
        <ActionButton className="rounded bg-amber-700 px-2 py-1 text-xs text-white disabled:opacity-60" disabled={pending} onClick={() => run({ ...form, entryId: entry.id, idempotencyKey: key }, { success: t("reverse.done"), onSuccess: onDone })}>{t("reverse.submit")}</ActionButton>
        <ActionButton className="rounded border border-slate-300 px-2 py-1 text-xs" onClick={onDone}>{t("reverse.cancel")}</ActionButton>
      </div>
      <Feedback message={message} className="text-xs" />
    </div>
  );
}

function EntryActions({ entry, today }: { entry: EntryRow; today: string }) {
  const t = useTranslations("ledger");
  const [reversing, setReversing] = useState(false);
  const confirm = useAction(confirmEntryAction);
  return (
    <div>
      <div className="flex gap-2">
        {entry.mayConfirm ? <ActionButton className="rounded border border-emerald-600 px-2 py-0.5 text-xs text-emerald-800 disabled:opacity-60" disabled={confirm.pending} onClick={() => confirm.run({ entryId: entry.id }, { success: t("confirm.done") })}>{t("confirm.submit")}</ActionButton> : null}
        {entry.mayReverse && !reversing ? <ActionButton className="rounded border border-amber-600 px-2 py-0.5 text-xs text-amber-800" onClick={() => setReversing(true)}>{t("reverse.open")}</ActionButton> : null}
      </div>
      <Feedback message={confirm.message} className="text-xs" />
      {reversing ? <ReverseForm entry={entry} today={today} onDone={() => setReversing(false)} /> : null}
    </div>
  );
}

export function EntryRows({ rows, today }: { rows: EntryRow[]; today: string }) {
  const t = useTranslations("ledger");
  if (!rows.length) return <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">{t("noEntries")}</p>;
  const heads = ["kind", "amount", "source", "occurredOn", "voucher", "treasury", "recorded", "confirmed", "links", "actions"] as const;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="ledger-entries">
        <caption className="px-3 py-2 text-left text-xs text-slate-500">{t("unit")}</caption>
        <thead className="bg-slate-50"><tr>{heads.map((h) => <th key={h} scope="col" className={`px-3 py-2 font-semibold text-slate-700 ${h === "amount" ? "text-right" : "text-left"}`}>{t(`columns.${h}`)}</th>)}</tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} id={`entry-${r.id}`} className={`border-t border-slate-100 align-top ${r.reverses || r.reversedBy ? "text-slate-500" : ""}`}>
              <td className="px-3 py-2">{r.kind}{r.note ? <p className="text-xs text-slate-500">{r.note}</p> : null}</td>
              <td className="px-3 py-2 text-right tabular-nums">{r.reverses ? "−" : ""}{r.amount}</td>
              <td className="px-3 py-2">{r.source}</td>
              <td className="px-3 py-2">{r.occurredOn}</td>
              <td className="px-3 py-2">{r.voucher}</td>
              <td className="px-3 py-2">{r.treasury || "—"}</td>
              <td className="px-3 py-2 text-xs">{r.recorded}</td>
              <td className="px-3 py-2 text-xs">{r.confirmed ?? t("notConfirmed")}</td>
              <td className="px-3 py-2 text-xs">
                {r.reverses ? <a className="text-blue-700 hover:underline" href={`#entry-${r.reverses.id}`}>{t("reversalOf", { voucher: r.reverses.voucher })}</a> : null}
                {r.reversedBy ? <a className="text-blue-700 hover:underline" href={`#entry-${r.reversedBy.id}`}>{t("reversedBy", { voucher: r.reversedBy.voucher })}</a> : null}
              </td>
              <td className="px-3 py-2"><EntryActions entry={r} today={today} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
