"use client";
// Recording a ledger entry. The amount is typed in triệu đồng, vi-VN ("1.234,5"), and parsed on the
// server (wrong separators come back as a message on the field). The form's idempotency key is
// made once per rendering: a double click or a retry records once; a success takes a fresh key.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { LEDGER_KINDS, type LedgerSource } from "@/lib/disbursements/schemas";
import { recordEntryAction } from "./actions";
import { newFormKey } from "./form-key";

/** `sources`: the đề án's own source first, then counterpart funds (lib/disbursements/schemas.ts entrySourcesOf). */
export function EntryForm({ contractId, sources, today }: { contractId: string; sources: readonly LedgerSource[]; today: string }) {
  const defaultSource: string = sources[0] ?? "COUNTERPART";
  const t = useTranslations("ledger");
  const tRoot = useTranslations();
  const empty = { kind: "ADVANCE", fundingSource: defaultSource, amount: "", occurredOn: today, voucherRef: "", treasuryRef: "", note: "" };
  const [form, setForm] = useState(empty);
  const [key, setKey] = useState(newFormKey);
  const { pending, message, fieldErrors: errors, run } = useAction(recordEntryAction);
  const set = (patch: Partial<typeof empty>) => setForm((f) => ({ ...f, ...patch }));
  const submit = () =>
    run({ ...form, contractId, idempotencyKey: key }, {
      success: (d) => (d.replayed ? t("form.replayed", { voucher: d.voucherRef }) : t("form.saved", { voucher: d.voucherRef })),
      onSuccess: () => {
        setForm((f) => ({ ...empty, kind: f.kind, fundingSource: f.fundingSource, occurredOn: f.occurredOn }));
        setKey(newFormKey());
      },
    });
  const border = (name: string) => `rounded border px-2 py-1 ${errors[name] ? "border-red-500" : "border-slate-300"}`;
  const error = (name: string) => (errors[name] ? <span role="alert" className="text-xs text-red-700">{errors[name]}</span> : null);
  const input = (name: "amount" | "occurredOn" | "voucherRef" | "treasuryRef" | "note", type = "text", hint?: string) => (
    <label className="flex flex-col text-sm">
      <span>{t(`form.${name}`)}</span>
      <input name={name} type={type} inputMode={name === "amount" ? "decimal" : undefined} className={border(name)} value={form[name]} onChange={(e) => set({ [name]: e.target.value })} />
      {hint ? <span className="text-xs text-slate-500">{hint}</span> : null}
      {error(name)}
    </label>
  );
  return (
    <section className="rounded border border-slate-200 bg-white p-4" aria-label={t("form.title")} data-testid="ledger-form">
      <h2 className="mb-2 font-semibold">{t("form.title")}</h2>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-4">
        <label className="flex flex-col text-sm">
          <span>{t("form.kind")}</span>
          <select name="kind" className={border("kind")} value={form.kind} onChange={(e) => set({ kind: e.target.value })}>
            {LEDGER_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
          {error("kind")}
        </label>
        <label className="flex flex-col text-sm">
          <span>{t("form.fundingSource")}</span>
          <select name="fundingSource" className={border("fundingSource")} value={form.fundingSource} onChange={(e) => set({ fundingSource: e.target.value })}>
            {sources.map((s) => <option key={s} value={s}>{tRoot(`fundingSource.${s}`)}</option>)}
          </select>
          {error("fundingSource")}
        </label>
        {input("amount", "text", t("form.amountHint"))}
        {input("occurredOn", "date")}
        {input("voucherRef")}
        {input("treasuryRef")}
        <div className="md:col-span-2">{input("note")}</div>
      </div>
      <ActionButton className="mt-3 rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={submit}>{t("form.save")}</ActionButton>
      <Feedback message={message} className="mt-2 text-sm" />
    </section>
  );
}
